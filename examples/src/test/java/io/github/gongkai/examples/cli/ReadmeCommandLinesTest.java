package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command line of the README's "Command line" block runs as written through the CLI entry
 * point: exit code 0 — or 1 where the line's comment says {@code exit 1} — and some output (none
 * from {@code report check} of a clean report). Input files are read from the repository; files the lines
 * write go to a temporary directory (later lines read them from there).
 */
class ReadmeCommandLinesTest {
  private static final String JAR = "java -jar examples/target/gongkai.jar";
  private static final Pattern ECHO = Pattern.compile("^echo '([^']*)' \\| (.*)$");
  private final InputStream stdin = System.in;
  @TempDir Path dir;

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  static Path repositoryRoot() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  }

  static List<String> commandLines() throws IOException {
    String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Command line");
    int open = readme.indexOf("```\n", section);
    int close = readme.indexOf("```", open + 4);
    List<String> lines = new ArrayList<>();
    for (String line : readme.substring(open + 4, close).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private Path path(String name) {
    Path p = Path.of(name);
    if (p.isAbsolute()) {
      return p;
    }
    Path inRepo = repositoryRoot().resolve(name);
    return Files.exists(inRepo) ? inRepo : dir.resolve(name);
  }

  @Test
  void the_readme_names_every_command_and_only_files_that_exist() throws IOException {
    List<String> lines = commandLines();
    assertThat(String.join("\n", lines))
        .contains(" demo", " calendar ", " deadline ", " publication-due ", " agenda ", " decide ", " scan", " redact ",
            " report build ", " report check ", " report read ", " letter ", " stats shares ", " stats proactive ",
            " catalogue ", " --version");
    for (String line : lines) {
      assertThat(line).as(line).contains(JAR);
    }
  }

  @Test
  void every_readme_command_line_runs_with_exit_code_0_and_output() throws IOException {
    for (String raw : commandLines()) {
      String line = raw.replaceAll("\\s+#\\s.*$", "").trim();
      String input = "";
      Matcher echo = ECHO.matcher(line);
      if (echo.matches()) {
        input = echo.group(1) + "\n";
        line = echo.group(2);
      }
      assertThat(line).as(raw).startsWith(JAR);
      List<String> args = new ArrayList<>();
      Path redirectOut = null;
      String[] tokens = line.substring(JAR.length()).trim().split("\\s+");
      for (int k = 0; k < tokens.length; k++) {
        String t = tokens[k];
        if (t.equals("<")) {
          input = Files.readString(path(tokens[++k]), StandardCharsets.UTF_8);
        } else if (t.equals(">")) {
          redirectOut = dir.resolve(tokens[++k]);
        } else if (k > 0 && List.of("--input", "--cases", "--log", "--previous", "--request", "--decision",
            "--template", "--guide").contains(tokens[k - 1])) {
          args.add(path(t).toString());
        } else if (k > 0 && tokens[k - 1].equals("-o")) {
          args.add(dir.resolve(t).toString());
        } else {
          args.add(t);
        }
      }
      CapturedCli cli = new CapturedCli();
      int code = cli.runWithInput(input, args.toArray(new String[0]));
      StringWriter out = cli.out;
      assertThat(code).as(raw + "\n" + cli.err).isEqualTo(raw.matches(".*#.*\\bexit 1\\b.*") ? 1 : 0);
      int written = args.indexOf("-o");
      if (written >= 0) {
        // documented: the letter goes to the file, nothing to standard output
        assertThat(Files.size(Path.of(args.get(written + 1)))).as(raw).isPositive();
      } else if ((args.get(0).equals("report") || args.get(0).equals("catalogue")) && args.get(1).equals("check")) {
        // documented: findings as JSON lines, none for a clean report or catalogue (exit 0)
        assertThat(out.toString()).as(raw).isEmpty();
      } else {
        assertThat(out.toString()).as(raw).isNotBlank();
      }
      if (redirectOut != null) {
        Files.writeString(redirectOut, out.toString(), StandardCharsets.UTF_8);
      }
      int log = args.indexOf("--log");
      if (log >= 0) {
        // a redaction log lists its entries; a reading log (report read) its labels
        assertThat(Files.readString(Path.of(args.get(log + 1)), StandardCharsets.UTF_8))
            .contains(args.get(0).equals("report") ? "\"labels\"" : "\"entries\"");
      }
    }
  }

  @Test
  void version_is_the_project_version() {
    StringWriter out = new StringWriter();
    CommandLine cl = GongkaiCli.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("--version")).isZero();
    assertThat(out.toString().trim()).matches("gongkai \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}

package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * core needs neither Jackson databind line at run time: its main code may name only the two
 * databind annotation packages (which sit side by side on the value types, the jars being
 * optional). Shared with rules through the test jar ({@link #violations(Path)}).
 */
public class NoDatabindInMainCodeTest {
  /** Any reference to databind, whether imported or written out in full. */
  private static final Pattern DATABIND =
      Pattern.compile("(com\\.fasterxml\\.jackson\\.databind|tools\\.jackson)(\\.[A-Za-z_][\\w.]*)?");

  private static final List<String> ALLOWED =
      List.of("com.fasterxml.jackson.databind.annotation.", "tools.jackson.databind.annotation.");

  /**
   * The references to databind outside its annotation packages, also anything from Jackson core
   * ({@code com.fasterxml.jackson.core}).
   *
   * @param sources a source root
   * @return one line per offending reference, {@code file: reference}
   */
  public static List<String> violations(Path sources) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      // module-info.java names the databind modules, not their packages; that it reads them only
      // at compile time ("requires static") is checked on the built descriptors by ModulePathTest
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))::iterator) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        Matcher m = DATABIND.matcher(text);
        while (m.find()) {
          String ref = m.group();
          if (ALLOWED.stream().noneMatch(a -> (ref + ".").startsWith(a) && ref.length() > a.length())) {
            out.add(sources.relativize(f) + ": " + ref);
          }
        }
        if (text.contains("com.fasterxml.jackson.core.")) {
          out.add(sources.relativize(f) + ": com.fasterxml.jackson.core");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void core_main_code_names_only_the_databind_annotation_packages() {
    Path main = Paths.get("src", "main", "java");
    assertThat(main).isDirectory();
    assertThat(violations(main)).isEmpty();
  }

  @Test
  void the_check_catches_a_databind_import() throws IOException {
    Path dir = Files.createTempDirectory("gongkai-imports");
    try {
      Files.writeString(
          dir.resolve("A.java"),
          "import com.fasterxml.jackson.databind.annotation.JsonSerialize;\n"
              + "@tools.jackson.databind.annotation.JsonDeserialize(as = A.class)\n"
              + "import com.fasterxml.jackson.databind.ObjectMapper;\n"
              + "class A { tools.jackson.databind.json.JsonMapper m; }\n");
      assertThat(violations(dir))
          .containsExactly(
              "A.java: com.fasterxml.jackson.databind.ObjectMapper",
              "A.java: tools.jackson.databind.json.JsonMapper");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

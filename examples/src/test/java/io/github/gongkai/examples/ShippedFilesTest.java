package io.github.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything gongkai ships must stand on its own: sources, javadoc and resources under {@code
 * src/main} of every module (and the top-level documents) cite instruments, articles or documents
 * inside this repository ({@code docs/legal-reference.md}), never a reference document that users
 * do not have, never a path on a build machine, and never a test class that does not exist.
 */
class ShippedFilesTest {
  /** The one document outside the repository that earlier drafts cited. */
  private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("DOMAIN\\.md");

  /** A path on somebody's machine: a Unix home, work or temp tree, or a Windows drive. */
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile("(?<![\\w.:/])(/(home|work|root|Users|tmp|var|opt|mnt)/[\\w.-]+|[A-Za-z]:\\\\[\\w.-]+)");

  /** A name of a test class as shipped files mention it, e.g. {@code FeeTiersTest}. */
  private static final Pattern TEST_CLASS = Pattern.compile("(?<![-@\\w])([A-Z][A-Za-z0-9]*Tests?)\\b");

  private static Path root;
  private static List<Path> shipped;
  private static Set<String> testClasses;

  @BeforeAll
  static void scan() throws IOException {
    root = repositoryRoot();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      // benchmarks are neither published nor documented for users
      for (Path module : modules.filter(p -> Files.isDirectory(p.resolve("src/main")))
          .filter(p -> !p.getFileName().toString().equals("benchmarks")).toList()) {
        try (Stream<Path> walk = Files.walk(module.resolve("src/main"))) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    for (String top : List.of("README.md", "CHANGELOG.md", "VERSIONING.md", "CONTRIBUTING.md")) {
      if (Files.isRegularFile(root.resolve(top))) {
        files.add(root.resolve(top));
      }
    }
    try (Stream<Path> docs = Files.isDirectory(root.resolve("docs")) ? Files.walk(root.resolve("docs")) : Stream.empty()) {
      docs.filter(Files::isRegularFile).forEach(files::add);
    }
    shipped = files;
    try (Stream<Path> walk = Files.walk(root)) {
      testClasses =
          walk.filter(p -> p.toString().contains("/src/test/") && p.toString().endsWith(".java"))
              .map(p -> p.getFileName().toString().replace(".java", ""))
              .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The top-most directory holding a {@code pom.xml}, from the module the test runs in. */
  private static Path repositoryRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p.getParent() != null && Files.isRegularFile(p.getParent().resolve("pom.xml"))) {
      p = p.getParent();
    }
    assertThat(p.resolve("pom.xml")).as("repository root").isRegularFile();
    return p;
  }

  @Test
  void scansTheShippedTreeOfEveryModule() {
    assertThat(shipped)
        .anyMatch(p -> p.endsWith("core/src/main/resources/io/github/gongkai/core/outcome-grounds.tsv"))
        .anyMatch(p -> p.toString().contains("/rules/src/main/java/"))
        .anyMatch(p -> p.toString().contains("/report/src/main/java/"))
        .anyMatch(p -> p.endsWith("docs/legal-reference.md"));
    assertThat(testClasses).contains("ShippedFilesTest", "QuickStartTest");
  }

  @Test
  void noShippedFileCitesADocumentOutsideTheRepository() {
    assertThat(offences(OUTSIDE_REFERENCE, m -> true)).isEmpty();
  }

  @Test
  void noShippedFileNamesAPathOnABuildMachine() {
    assertThat(offences(ABSOLUTE_PATH, m -> true)).isEmpty();
  }

  @Test
  void everyTestClassAShippedFileNamesExists() {
    assertThat(offences(TEST_CLASS, m -> !testClasses.contains(m.group(1)))).isEmpty();
  }

  @Test
  void thePatternsFindWhatTheyAreFor() {
    assertThat(OUTSIDE_REFERENCE.matcher("see DOMAIN.md §4").find()).isTrue();
    assertThat(ABSOLUTE_PATH.matcher("read /home/build/gongkai/x.tsv").find()).isTrue();
    assertThat(ABSOLUTE_PATH.matcher("C:\\Users\\x").find()).isTrue();
    assertThat(ABSOLUTE_PATH.matcher("see docs/legal-reference.md and https://example.org/tmp/x").find()).isFalse();
    Matcher m = TEST_CLASS.matcher("every row has a test in FeeTiersTest.");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("FeeTiersTest");
  }

  private List<String> offences(Pattern pattern, java.util.function.Predicate<Matcher> offending) {
    List<String> out = new ArrayList<>();
    for (Path file : shipped) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (MalformedInputException binary) {
        continue; // images and other binary resources
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = pattern.matcher(lines.get(i));
        while (m.find()) {
          if (offending.test(m)) {
            out.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    return out;
  }
}

package io.github.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the sample report files of src/test/resources/samples. */
public final class Samples {
  private Samples() {}

  /**
   * The text of a sample.
   *
   * @param name file name under samples/
   * @return the text
   */
  public static String text(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A category table transcribed in {@code samples/categories-*.tsv}: comment lines ({@code #}), a
   * {@code total} line, then label, count (empty when not printed) and printed share per line.
   *
   * @param name file name under samples/
   * @return the table
   */
  public static io.github.gongkai.report.stats.CategoryTable categoryTable(String name) {
    io.github.gongkai.report.stats.PrintedFigure total = null;
    java.util.List<io.github.gongkai.report.stats.CategoryEntry> entries = new java.util.ArrayList<>();
    for (String line : text(name).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("total")) {
        total = io.github.gongkai.report.stats.PrintedFigure.parse(f[1]);
        continue;
      }
      io.github.gongkai.report.stats.PrintedFigure count =
          f[1].isEmpty() ? null : io.github.gongkai.report.stats.PrintedFigure.parse(f[1]);
      io.github.gongkai.report.stats.PrintedFigure printed =
          f.length < 3 || f[2].isEmpty() ? null : io.github.gongkai.report.stats.PrintedFigure.parse(f[2]);
      entries.add(io.github.gongkai.report.stats.CategoryEntry.of(f[0], count, printed));
    }
    return io.github.gongkai.report.stats.CategoryTable.of(total, entries);
  }

  /**
   * Asserts that a resource file (e.g. {@code golden/report.html}) holds {@code actual}; with
   * {@code -Dgolden.update=true} writes it instead (run from the module directory), for reviewing
   * the change with {@code git diff}.
   *
   * @param path path under src/test/resources
   * @param actual the expected content
   */
  public static void assertFile(String path, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      try {
        java.nio.file.Path p = java.nio.file.Path.of("src/test/resources", path);
        java.nio.file.Files.createDirectories(p.getParent());
        java.nio.file.Files.writeString(p, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    String expected;
    try (InputStream in = Samples.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + path + " (run with -Dgolden.update=true)");
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    org.assertj.core.api.Assertions.assertThat(actual).as(path).isEqualTo(expected);
  }

  /**
   * A sample report, read through the Jackson 2 test codec.
   *
   * @param name file name under samples/
   * @return the report
   */
  public static AnnualReport report(String name) {
    return ReportJson.read(text(name), TestCodecs.JACKSON2);
  }

  /**
   * A report document read through the Jackson 2 test codec.
   *
   * @param json the JSON text
   * @return the report
   */
  public static AnnualReport read(String json) {
    return ReportJson.read(json, TestCodecs.JACKSON2);
  }
}

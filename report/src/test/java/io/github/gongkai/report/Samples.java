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
   * A sample report.
   *
   * @param name file name under samples/
   * @return the report
   */
  public static AnnualReport report(String name) {
    return ReportJson.read(text(name));
  }
}

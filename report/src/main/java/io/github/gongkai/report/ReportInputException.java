package io.github.gongkai.report;

import io.github.gongkai.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A report document cannot be read: malformed JSON, an unknown field, table, row or column, a value of
 * the wrong type, a newer schema version, or a cell that is neither blank, "/" nor a number. The field
 * is the JSON path of the offending value, e.g. {@code $.table3["（三）1"].natural-person}.
 */
public class ReportInputException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param path JSON path of the offending value; not null
   * @param value the value as found, or null when missing
   * @param rule the rule it breaks
   */
  public ReportInputException(String path, @Nullable String value, String rule) {
    super(path, value, rule);
  }
}

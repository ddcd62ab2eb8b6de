package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a finding is. */
public enum Severity {
  /** The report is wrong: a sum does not add up, or a value is impossible. */
  ERROR,
  /** Worth a look; the report may still be right. */
  WARNING;

  /**
   * Stable code: {@code error} or {@code warning}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return name().toLowerCase(Locale.ROOT);
  }
}

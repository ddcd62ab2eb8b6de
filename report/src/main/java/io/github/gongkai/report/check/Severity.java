package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
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

  /**
   * Looks a severity up by code.
   *
   * @param code {@code error} or {@code warning}
   * @return the severity
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static Severity ofCode(String code) {
    InvalidValueException.requireNonNull(code, "severity");
    for (Severity s : values()) {
      if (s.getCode().equals(code)) {
        return s;
      }
    }
    throw new InvalidValueException("severity", code, "must be error or warning");
  }
}

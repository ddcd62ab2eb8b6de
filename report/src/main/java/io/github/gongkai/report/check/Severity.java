package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/** How serious a finding is. */
public enum Severity implements Coded {
  /** The report is wrong: a sum does not add up, or a value is impossible. */
  ERROR,
  /** Worth a look; the report may still be right. */
  WARNING;

  /**
   * Stable code: {@code error} or {@code warning}.
   *
   * @return the code
   */
  @Override
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
    return EnumCodes.lookup(Severity.class, "severity", code);
  }
}

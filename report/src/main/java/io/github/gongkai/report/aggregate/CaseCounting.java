package io.github.gongkai.report.aggregate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Which review and litigation cases table 四 of a year counts. The formats do not say (docs/legal-reference.md
 * §5.1; unconfirmed), so this is a policy with a documented default. In both, a case's column is
 * its result as known on 31 December ({@link io.github.gongkai.core.remedy.RemedyCase#resultAsOf}),
 * so a case still pending then is 尚未审结.
 */
public enum CaseCounting implements Coded {
  /**
   * Cases filed in the year, and cases filed earlier that were still pending at its start (so a
   * case reported 尚未审结 last year is reported again with its result). Default.
   */
  ACTIVE_IN_YEAR("active-in-year"),
  /** Only cases filed in the year. */
  FILED_IN_YEAR("filed-in-year");

  private final String code;

  CaseCounting(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code active-in-year} or {@code filed-in-year}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a policy up by code.
   *
   * @param code {@code active-in-year} or {@code filed-in-year}
   * @return the policy
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static CaseCounting ofCode(String code) {
    return EnumCodes.lookup(CaseCounting.class, "caseCounting", code);
  }
}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The agency's finding on the 三需要 test of the 2008 Regulation, Art.13: whether the information
 * relates to the applicant's own production, life or research needs (自身生产、生活、科研等特殊需要). The
 * test was abolished by the 2019 revision (Art.27) and applies only to requests made before
 * 2019-05-15.
 */
public enum SpecialNeedFinding implements Coded {
  /** The applicant showed a special need related to the information. */
  SHOWN("shown"),
  /** The applicant could not reasonably explain a related need (SPC 2011 Art.12(6)). */
  NOT_SHOWN("not-shown");

  private final String code;

  SpecialNeedFinding(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a constant up by its code or constant name.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static SpecialNeedFinding ofCode(String code) {
    return EnumCodes.lookup(SpecialNeedFinding.class, "specialNeedFinding", code);
  }

}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The agency's finding on a request whose number or frequency clearly exceeds a reasonable range
 * (2019 Art.35). There is no such provision in the 2008 Regulation.
 */
public enum ExcessiveRequestFinding implements Coded {
  /** The agency asked the applicant for reasons and awaits them. */
  REASONS_REQUESTED("reasons-requested"),
  /** The reasons are unreasonable: the request is not processed (不予处理). */
  UNREASONABLE("unreasonable"),
  /** The reasons are reasonable but the Art.33 period cannot be met: a later reasonable deadline is set. */
  REASONABLE("reasonable");

  private final String code;

  ExcessiveRequestFinding(String code) {
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
  public static ExcessiveRequestFinding ofCode(String code) {
    return EnumCodes.lookup(ExcessiveRequestFinding.class, "excessiveRequestFinding", code);
  }

}

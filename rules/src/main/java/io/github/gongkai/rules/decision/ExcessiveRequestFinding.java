package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The agency's finding on a request whose number or frequency clearly exceeds a reasonable range
 * (2019 Art.35). There is no such provision in the 2008 Regulation.
 */
public enum ExcessiveRequestFinding {
  /** The agency asked the applicant for reasons and awaits them. */
  REASONS_REQUESTED("reasons-requested", "已要求说明理由", "Reasons requested"),
  /** The reasons are unreasonable: the request is not processed (不予处理). */
  UNREASONABLE("unreasonable", "申请理由不合理", "Reasons unreasonable"),
  /** The reasons are reasonable but the Art.33 period cannot be met: a later reasonable deadline is set. */
  REASONABLE("reasonable", "申请理由合理，确定延迟答复期限", "Reasons reasonable, later deadline");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ExcessiveRequestFinding(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
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
    return EnumCodes.lookupLenient(values(), v -> v.code, FIELD, code);
  }

  private static final String FIELD = "excessiveRequestFinding";

}

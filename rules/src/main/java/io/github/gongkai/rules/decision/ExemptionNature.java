package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Whether an exemption binds the agency or leaves it a choice.
 *
 * <p>2019 Arts.14 and 15 are mandatory (不予公开, 不得公开); Art.16 is discretionary (可以不予公开). Under
 * the 2008 Regulation Arts.8 and 14 were mandatory; internal and process information was not an
 * exemption but, per 国办发〔2010〕5号, "generally not information to be disclosed" — gongkai records
 * that as discretionary too.
 */
public enum ExemptionNature {
  /** No exemption applies (released, or a ground that is not an exemption). */
  NONE("none", "不涉及免予公开", "No exemption"),
  /** The agency must withhold (2019 Arts.14, 15; 2008 Arts.8, 14). */
  MANDATORY("mandatory", "应当不予公开", "Mandatory"),
  /** The agency may withhold (2019 Art.16; 2008 per 国办发〔2010〕5号). */
  DISCRETIONARY("discretionary", "可以不予公开", "Discretionary");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ExemptionNature(String code, String labelZh, String labelEn) {
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
  public static ExemptionNature ofCode(String code) {
    return EnumCodes.lookupLenient(values(), v -> v.code, FIELD, code);
  }

  private static final String FIELD = "exemptionNature";

}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
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
public enum ExemptionNature implements Coded {
  /** No exemption applies (released, or a ground that is not an exemption). */
  NONE("none"),
  /** The agency must withhold (2019 Arts.14, 15; 2008 Arts.8, 14). */
  MANDATORY("mandatory"),
  /** The agency may withhold (2019 Art.16; 2008 per 国办发〔2010〕5号). */
  DISCRETIONARY("discretionary");

  private final String code;

  ExemptionNature(String code) {
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
  public static ExemptionNature ofCode(String code) {
    return EnumCodes.lookup(ExemptionNature.class, "exemptionNature", code);
  }

}

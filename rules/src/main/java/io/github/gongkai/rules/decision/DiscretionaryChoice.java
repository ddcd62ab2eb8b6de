package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** The agency's choice where the Regulation lets it withhold (2019 Art.16: 可以不予公开). */
public enum DiscretionaryChoice {
  /** The agency uses its discretion to withhold. */
  WITHHOLD("withhold", "不予公开", "Withhold"),
  /** The agency chooses to disclose although it could withhold. */
  DISCLOSE("disclose", "予以公开", "Disclose");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  DiscretionaryChoice(String code, String labelZh, String labelEn) {
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
  public static DiscretionaryChoice ofCode(String code) {
    return EnumCodes.lookupLenient(values(), v -> v.code, FIELD, code);
  }

  private static final String FIELD = "discretionaryChoice";

}

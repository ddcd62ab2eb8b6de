package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * What a publication time limit is for: proactive information, a 双公示 licensing or penalty decision, or the withdrawal of a published penalty decision.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationKind implements Coded {
  /** Proactive information, published within 20 working days of being formed or changed (2019 Art.26). */
  PROACTIVE("proactive"),
  /** An administrative licensing decision under 双公示 (国办发〔2015〕51号: 7 working days, policy). */
  LICENCE("licence"),
  /** An administrative penalty decision under 双公示 (国办发〔2015〕51号; 总局令第45号 for market regulation). */
  PENALTY("penalty"),
  /** Withdrawal of a published penalty decision changed, revoked or held unlawful or void (行政处罚法 Art.48). */
  WITHDRAWAL("withdrawal");

  private final String code;

  PublicationKind(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON and on the command line.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static PublicationKind ofCode(String code) {
    return EnumCodes.lookup(PublicationKind.class, "publicationKind", code);
  }
}

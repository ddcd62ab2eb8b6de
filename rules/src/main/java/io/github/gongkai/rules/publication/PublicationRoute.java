package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Which instrument governs the publication of penalty decisions: the general 双公示 policy or, for market regulation, 国家市场监督管理总局令第45号.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationRoute implements Coded {
  /** 国办发〔2015〕51号 (7 working days) and 行政处罚法 Art.48 (withdrawal within 3 working days). */
  GENERAL("general"),
  /** 市场监督管理行政处罚信息公示规定 (总局令第45号, in force 2021-09-01): 20 working days, withdrawal within 3. */
  MARKET_REGULATION("market-regulation");

  private final String code;

  PublicationRoute(String code) {
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
  public static PublicationRoute ofCode(String code) {
    return EnumCodes.lookup(PublicationRoute.class, "publicationRoute", code);
  }
}

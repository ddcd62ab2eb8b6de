package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The kind of party a 双公示 decision concerns; a natural person's name and identifier are shown masked.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PartyType implements Coded {
  /** A natural person (自然人). */
  NATURAL_PERSON("natural-person"),
  /** A legal person (法人). */
  LEGAL_PERSON("legal-person"),
  /** Another organisation, e.g. an individual business (非法人组织、个体工商户). */
  OTHER_ORGANIZATION("other-organization");

  private final String code;

  PartyType(String code) {
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
  public static PartyType ofCode(String code) {
    return EnumCodes.lookup(PartyType.class, "partyType", code);
  }
}

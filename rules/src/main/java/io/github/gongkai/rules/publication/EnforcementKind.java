package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The kind of a 双公示 decision: administrative licensing (行政许可) or administrative penalty (行政处罚).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum EnforcementKind implements Coded {
  /** An administrative licensing decision (行政许可决定). */
  LICENCE("licence"),
  /** An administrative penalty decision (行政处罚决定). */
  PENALTY("penalty");

  private final String code;

  EnforcementKind(String code) {
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
  public static EnforcementKind ofCode(String code) {
    return EnumCodes.lookup(EnforcementKind.class, "enforcementKind", code);
  }
}

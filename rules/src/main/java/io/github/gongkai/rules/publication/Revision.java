package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How a published penalty decision was later affected (行政处罚法 Art.48).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum Revision implements Coded {
  /** Changed (变更). */
  CHANGED("changed"),
  /** Revoked (撤销). */
  REVOKED("revoked"),
  /** Confirmed unlawful (确认违法). */
  CONFIRMED_UNLAWFUL("confirmed-unlawful"),
  /** Confirmed void (确认无效). */
  CONFIRMED_VOID("confirmed-void");

  private final String code;

  Revision(String code) {
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
  public static Revision ofCode(String code) {
    return EnumCodes.lookup(Revision.class, "revision", code);
  }
}

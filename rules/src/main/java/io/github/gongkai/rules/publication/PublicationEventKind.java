package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * A dated step in the life of a proactive item (生成 → 报批 → 公开, then withdrawal or correction).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationEventKind implements Coded {
  /** The item was drafted (生成). */
  DRAFTED("drafted"),
  /** The item was submitted for approval (报批). */
  SUBMITTED("submitted"),
  /** The item was published (公开). */
  PUBLISHED("published"),
  /** The published item was withdrawn (撤回). */
  WITHDRAWN("withdrawn"),
  /** The published item was corrected or republished after a change (更正). */
  CORRECTED("corrected");

  private final String code;

  PublicationEventKind(String code) {
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
  public static PublicationEventKind ofCode(String code) {
    return EnumCodes.lookup(PublicationEventKind.class, "publicationEventKind", code);
  }
}

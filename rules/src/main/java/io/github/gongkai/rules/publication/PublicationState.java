package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Where a proactive item stands on a day.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationState implements Coded {
  /** Drafted, or formed with no record yet: not submitted. */
  DRAFTED("drafted"),
  /** Submitted for approval, not yet published. */
  AWAITING_APPROVAL("awaiting-approval"),
  /** Published. */
  PUBLISHED("published"),
  /** Published, then withdrawn. */
  WITHDRAWN("withdrawn"),
  /** Published and since corrected. */
  CORRECTED("corrected");

  private final String code;

  PublicationState(String code) {
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
  public static PublicationState ofCode(String code) {
    return EnumCodes.lookup(PublicationState.class, "publicationState", code);
  }
}

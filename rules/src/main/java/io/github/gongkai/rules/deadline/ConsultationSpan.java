package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Which days of a consultation are excluded from the reply period — the Regulation says only that
 * the time needed is not counted (2019 Art.33(3)), so a policy parameter.
 *
 * <p>Default {@link #DAY_AFTER_SENDING}: like the receipt day, the day the letter is sent is not
 * part of the period it starts (analogy with 民事诉讼法 Art.85, docs/legal-reference.md §4); the day the reply
 * arrives is excluded.
 */
public enum ConsultationSpan implements Coded {
  /** Excluded from the day after the letter is sent through the day the reply is received. */
  DAY_AFTER_SENDING("day-after-sending"),
  /** Excluded from the day the letter is sent through the day the reply is received. */
  SENDING_DAY("sending-day");

  private final String code;

  ConsultationSpan(String code) {
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
  public static ConsultationSpan ofCode(String code) {
    return EnumCodes.lookup(ConsultationSpan.class, "consultationSpan", code);
  }
}

package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How a request received on a day off (weekend or holiday) is dated — unsettled (docs/legal-reference.md §4,
 * §10 item 6), so a policy parameter.
 *
 * <p>Default {@link #NEXT_WORKING_DAY}: the published case note (docs/legal-reference.md §4) treats an e-mail
 * received on Sunday 2017-06-18 as received on Monday 2017-06-19 and counts the 15 working days from
 * the day after, giving 2017-07-10.
 */
public enum RestDayReceipt implements Coded {
  /** The request counts as received on the next working day; counting starts the day after that. */
  NEXT_WORKING_DAY("next-working-day"),
  /** The rest day itself is the receipt day; the first working day after it is day 1. */
  AS_RECEIVED("as-received");

  private final String code;

  RestDayReceipt(String code) {
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
  public static RestDayReceipt ofCode(String code) {
    return EnumCodes.lookup(RestDayReceipt.class, "restDayReceipt", code);
  }
}

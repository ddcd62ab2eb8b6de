package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Why the reply clock stands still.
 */
public enum PauseKind implements Coded {
  /** Consulting a third party whose rights may be harmed (2019 Art.32, Art.33(3); 2008 Art.23, Art.24). */
  THIRD_PARTY("third-party"),
  /** Consulting another agency, e.g. a co-producer (2019 Art.33(3), Art.34). */
  OTHER_AGENCY("other-agency"),
  /** A fee notice outstanding — a pause only under policy {@code feeNoticePausesClock}. */
  FEE_NOTICE("fee-notice");

  private final String code;

  PauseKind(String code) {
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
  public static PauseKind ofCode(String code) {
    return EnumCodes.lookup(PauseKind.class, "pauseKind", code);
  }
}

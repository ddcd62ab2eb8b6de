package io.github.gongkai.rules.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** Where a disclosure request stands. */
public enum RequestState implements Coded {
  /** Not yet submitted on the date asked about. */
  NOT_YET_SUBMITTED("not-yet-submitted", false),
  /** Submitted by post or another channel; receipt not yet recorded. */
  SUBMITTED("submitted", false),
  /**
   * Arrived by a channel whose receipt date is the confirmation date (2019 Art.31: ordinary
   * letter, internet, fax); the confirmation has not been made yet, so no clock runs.
   */
  AWAITING_CONFIRMATION("awaiting-confirmation", false),
  /** Received; the reply clock runs. */
  RECEIVED("received", false),
  /** A 补正 notice was sent; the clock restarts from the corrected request (2019 Art.30). */
  AWAITING_CORRECTION("awaiting-correction", false),
  /** A third party or another agency is being consulted; the clock stands still (Art.33(3)). */
  IN_CONSULTATION("in-consultation", false),
  /** The reply period was extended (Art.33(2)). */
  EXTENDED("extended", false),
  /** The agency set a later reply date for an excessive request (Art.35). */
  DEFERRED("deferred", false),
  /** A fee notice is outstanding. */
  FEE_PENDING("fee-pending", false),
  /** Answered; closed. */
  ANSWERED("answered", true),
  /** Withdrawn by the applicant; closed. */
  WITHDRAWN("withdrawn", true),
  /** Deemed abandoned (no correction, or fee unpaid); closed. */
  ABANDONED("abandoned", true);

  private final String code;
  private final boolean closed;

  RequestState(String code, boolean closed) {
    this.code = code;
    this.closed = closed;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Whether the request is closed in this state (answered, withdrawn or abandoned).
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Whether the reply clock has started and the request is not closed.
   *
   * @return true for the in-progress states
   */
  public boolean isOpen() {
    return !closed && this != NOT_YET_SUBMITTED && this != SUBMITTED && this != AWAITING_CONFIRMATION;
  }

  /**
   * Looks a state up by its code.
   *
   * @param code the code
   * @return the state
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static RequestState ofCode(String code) {
    return EnumCodes.lookup(RequestState.class, "requestState", code);
  }
}

package io.github.gongkai.rules.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/** Where a disclosure request stands. */
public enum RequestState {
  /** Not yet submitted on the date asked about. */
  NOT_YET_SUBMITTED("not-yet-submitted", "尚未提交", "Not yet submitted", false),
  /** Submitted by post or another channel; receipt not yet recorded. */
  SUBMITTED("submitted", "已提交，尚未签收", "Submitted, receipt not yet recorded", false),
  /**
   * Arrived by a channel whose receipt date is the confirmation date (2019 Art.31: ordinary
   * letter, internet, fax); the confirmation has not been made yet, so no clock runs.
   */
  AWAITING_CONFIRMATION("awaiting-confirmation", "待确认收到", "Awaiting confirmation of receipt", false),
  /** Received; the reply clock runs. */
  RECEIVED("received", "已收到，办理中", "Received, in progress", false),
  /** A 补正 notice was sent; the clock restarts from the corrected request (2019 Art.30). */
  AWAITING_CORRECTION("awaiting-correction", "待补正", "Awaiting correction", false),
  /** A third party or another agency is being consulted; the clock stands still (Art.33(3)). */
  IN_CONSULTATION("in-consultation", "征求意见中", "In consultation", false),
  /** The reply period was extended (Art.33(2)). */
  EXTENDED("extended", "已延期", "Extended", false),
  /** The agency set a later reply date for an excessive request (Art.35). */
  DEFERRED("deferred", "已确定延迟答复期限", "Deferred (Art.35)", false),
  /** A fee notice is outstanding. */
  FEE_PENDING("fee-pending", "待缴费", "Fee pending", false),
  /** Answered; closed. */
  ANSWERED("answered", "已答复", "Answered", true),
  /** Withdrawn by the applicant; closed. */
  WITHDRAWN("withdrawn", "已撤回", "Withdrawn", true),
  /** Deemed abandoned (no correction, or fee unpaid); closed. */
  ABANDONED("abandoned", "视为放弃", "Deemed abandoned", true);

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final boolean closed;

  RequestState(String code, String labelZh, String labelEn, boolean closed) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.closed = closed;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The label in a locale: Chinese for any Chinese locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  public String getLabel(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
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
    InvalidValueException.requireNonNull(code, "requestState");
    for (RequestState s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new InvalidValueException("requestState", code, "must be a known request state");
  }
}

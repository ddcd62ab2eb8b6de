package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The points of deadline computation the law leaves open (docs/legal-reference.md §4, §6, §10), each an explicit
 * parameter with a documented default.
 *
 * <table>
 *   <caption>Parameters and defaults</caption>
 *   <tr><th>Parameter</th><th>Default</th><th>Why</th></tr>
 *   <tr><td>{@link #getRestDayReceipt()}</td><td>{@link RestDayReceipt#NEXT_WORKING_DAY}</td>
 *       <td>published case note (docs/legal-reference.md §4: e-mail of Sunday 2017-06-18 treated as received 06-19)</td></tr>
 *   <tr><td>{@link #isReceiptDayCounted()}</td><td>false</td>
 *       <td>practice counts from the next day, by analogy with 民事诉讼法 Art.85 (docs/legal-reference.md §4)</td></tr>
 *   <tr><td>{@link #isMakeUpWorkdaysCounted()}</td><td>true</td>
 *       <td>调休 weekend working days are working days in the State Council notices; usual practice,
 *       unconfirmed for disclosure (docs/legal-reference.md §4, §10 item 6)</td></tr>
 *   <tr><td>{@link #isFeeNoticePausesClock()}</td><td>false</td>
 *       <td>2019 Art.33(3) excludes only consultation time; no retrieved text pauses the clock for a
 *       fee notice (docs/legal-reference.md §6 [U]); not pausing never makes an agency late by assumption</td></tr>
 *   <tr><td>{@link #isAgencyConsultationPausesUnder2008()}</td><td>false</td>
 *       <td>2008 Art.24 excludes third-party consultation time only (docs/legal-reference.md §3)</td></tr>
 *   <tr><td>{@link #isCorrectionRestartsUnder2008()}</td><td>true</td>
 *       <td>the 2008 Regulation let the agency ask for an amended request (Art.21(4)) but set no
 *       restart rule; gongkai reads it like 2019 Art.30 (marked as an interpretation)</td></tr>
 *   <tr><td>{@link #getConsultationSpan()}</td><td>{@link ConsultationSpan#DAY_AFTER_SENDING}</td>
 *       <td>the sending day is not counted, like the receipt day</td></tr>
 *   <tr><td>{@link #isConsultationCappedAtReplyWindow()}</td><td>true</td>
 *       <td>2019 Art.32 and Art.34 give the consulted party 15 working days; after that the agency
 *       decides (Art.32) or consent is deemed (Art.34), so later days are not time the consultation
 *       needs. The letter is taken as received on the day it is sent.</td></tr>
 *   <tr><td>{@link #getProactiveWorkingDays()}</td><td>20</td>
 *       <td>2019 Art.26 (2008 Art.18); a stricter local limit such as 15 may be set</td></tr>
 *   <tr><td>{@link #getFeePaymentWorkingDays()}</td><td>20</td>
 *       <td>from the day after receipt of the fee notice, per Sichuan's implementing notice of
 *       国办函〔2020〕109号 (docs/legal-reference.md §6)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlinePolicy.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadlinePolicy.class)
@JsonDeserialize(as = ImmutableDeadlinePolicy.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDeadlinePolicy.class)
@JsonPropertyOrder({
  "restDayReceipt",
  "receiptDayCounted",
  "makeUpWorkdaysCounted",
  "feeNoticePausesClock",
  "agencyConsultationPausesUnder2008",
  "correctionRestartsUnder2008",
  "consultationSpan",
  "consultationCappedAtReplyWindow",
  "proactiveWorkingDays",
  "feePaymentWorkingDays"
})
public abstract class DeadlinePolicy {
  private static final DeadlinePolicy DEFAULTS = builder().build();

  DeadlinePolicy() {}

  /**
   * The policy with every default.
   *
   * @return the default policy
   */
  public static DeadlinePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * How a request received on a day off is dated. Default {@link RestDayReceipt#NEXT_WORKING_DAY}.
   *
   * @return the rule
   */
  @Value.Default
  public RestDayReceipt getRestDayReceipt() {
    return RestDayReceipt.NEXT_WORKING_DAY;
  }

  /**
   * Whether the receipt day itself is day 1 of the period ("自收到申请之日起"). Default false: day 1
   * is the first working day after receipt.
   *
   * @return true to count the receipt day
   */
  @Value.Default
  public boolean isReceiptDayCounted() {
    return false;
  }

  /**
   * Whether 调休 make-up working days on weekends count as working days. Default true.
   *
   * @return true to count them
   */
  @Value.Default
  public boolean isMakeUpWorkdaysCounted() {
    return true;
  }

  /**
   * Whether an outstanding fee notice stops the reply clock. Default false.
   *
   * @return true to pause the clock while a fee notice is outstanding
   */
  @Value.Default
  public boolean isFeeNoticePausesClock() {
    return false;
  }

  /**
   * Whether consulting another agency stops the clock under the 2008 Regulation too. Default false.
   *
   * @return true to exclude other-agency consultation time under 2008
   */
  @Value.Default
  public boolean isAgencyConsultationPausesUnder2008() {
    return false;
  }

  /**
   * Whether, under the 2008 Regulation, the reply period restarts from the amended request as
   * under 2019 Art.30. Default true.
   *
   * @return true to restart the clock on correction under 2008
   */
  @Value.Default
  public boolean isCorrectionRestartsUnder2008() {
    return true;
  }

  /**
   * Which days of a consultation are excluded. Default {@link ConsultationSpan#DAY_AFTER_SENDING}.
   *
   * @return the span rule
   */
  @Value.Default
  public ConsultationSpan getConsultationSpan() {
    return ConsultationSpan.DAY_AFTER_SENDING;
  }

  /**
   * Whether a consultation pause ends at the consulted party's statutory reply window (15 working
   * days, 2019 Art.32/34) even if the reply comes later or never. Default true.
   *
   * @return true to cap consultation pauses
   */
  @Value.Default
  public boolean isConsultationCappedAtReplyWindow() {
    return true;
  }

  /**
   * Working days allowed for proactive publication after the information is formed or changed.
   * Default 20 (2019 Art.26); a stricter local limit such as 15 may be set; 1 to 20.
   *
   * @return the limit
   */
  @Value.Default
  public int getProactiveWorkingDays() {
    return 20;
  }

  /**
   * Working days the applicant has to pay a fee, from the day after receiving the notice. Default 20.
   *
   * @return the window
   */
  @Value.Default
  public int getFeePaymentWorkingDays() {
    return 20;
  }

  @Value.Check
  void check() {
    if (getProactiveWorkingDays() < 1 || getProactiveWorkingDays() > 20) {
      throw new InvalidValueException(
          "proactiveWorkingDays",
          Integer.toString(getProactiveWorkingDays()),
          "must be 1 to 20 (2019 Art.26 allows at most 20; a local limit may only be stricter)");
    }
    if (getFeePaymentWorkingDays() < 1 || getFeePaymentWorkingDays() > 365) {
      throw new InvalidValueException(
          "feePaymentWorkingDays", Integer.toString(getFeePaymentWorkingDays()), "must be 1 to 365");
    }
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlinePolicy}; unset parameters keep their defaults. */
  public static final class Builder extends ImmutableDeadlinePolicy.Builder {
    Builder() {}
  }
}

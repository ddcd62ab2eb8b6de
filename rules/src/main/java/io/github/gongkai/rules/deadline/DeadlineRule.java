package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The rule applied in one step of a deadline computation.
 */
public enum DeadlineRule implements Coded {
  /** Receipt date of the request (2019 Art.31; 207号 under 2008). */
  RECEIPT("receipt"),
  /** A request received on a day off (policy {@code restDayReceipt}). */
  REST_DAY_RECEIPT("rest-day-receipt"),
  /** The 补正 notice is due within 7 working days of receipt (2019 Art.30). */
  CORRECTION_NOTICE("correction-notice"),
  /** The reply period restarts from receipt of the corrected request (2019 Art.30). */
  CORRECTION_RESTART("correction-restart"),
  /** Consultation time excluded from the reply period (2019 Art.33(3); 2008 Art.24). */
  PAUSE("pause"),
  /** A pause the policy or regime does not recognise, listed for the record. */
  PAUSE_IGNORED("pause-ignored"),
  /** The reply period: 20 working days (2019 Art.33(2)) or 15 (2008 Art.24). */
  REPLY_PERIOD("reply-period"),
  /** The extension: up to 20 (2019) or 15 (2008) more working days. */
  EXTENSION("extension"),
  /** A later reply date set by the agency for an excessive request (2019 Art.35). */
  ART35_DATE("art35-date"),
  /** A consulted party's reply window: 15 working days (2019 Art.32, Art.34). */
  CONSULTATION_REPLY("consultation-reply"),
  /** The fee payment window (国办函〔2020〕109号 as implemented locally). */
  FEE_PAYMENT("fee-payment"),
  /** Proactive publication within 20 working days of forming or change (2019 Art.26). */
  PROACTIVE_PUBLICATION("proactive-publication"),
  /**
   * Publication of a licensing or penalty decision under 双公示: 7 working days of the decision
   * (国办发〔2015〕51号, a policy limit), or 20 for market-regulation penalties (总局令第45号).
   */
  DECISION_PUBLICATION("decision-publication"),
  /**
   * Withdrawal of a published penalty decision after it is changed, revoked or held unlawful or
   * void: within 3 days (行政处罚法 Art.48; 总局令第45号 for market regulation).
   */
  PUBLICATION_WITHDRAWAL("publication-withdrawal"),
  /** A publication limit stricter than the statutory one, set by policy (a local or per-class limit). */
  PUBLICATION_LIMIT("publication-limit"),
  /** A provision making the days of a limit working days, statutory holidays excluded (行政处罚法 Art.85). */
  WORKING_DAYS("working-days");

  private final String code;

  DeadlineRule(String code) {
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
  public static DeadlineRule ofCode(String code) {
    return EnumCodes.lookup(DeadlineRule.class, "deadlineRule", code);
  }
}

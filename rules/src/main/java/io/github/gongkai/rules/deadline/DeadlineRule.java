package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/**
 * The rule applied in one step of a deadline computation.
 */
public enum DeadlineRule {
  /** Receipt date of the request (2019 Art.31; 207号 under 2008). */
  RECEIPT("receipt", "收到申请之日", "Receipt of the request"),
  /** A request received on a day off (policy {@code restDayReceipt}). */
  REST_DAY_RECEIPT("rest-day-receipt", "休息日收到申请", "Request received on a day off"),
  /** The 补正 notice is due within 7 working days of receipt (2019 Art.30). */
  CORRECTION_NOTICE("correction-notice", "一次性告知补正期限", "Correction notice due"),
  /** The reply period restarts from receipt of the corrected request (2019 Art.30). */
  CORRECTION_RESTART("correction-restart", "答复期限自收到补正申请之日起计算", "Reply period restarts from the corrected request"),
  /** Consultation time excluded from the reply period (2019 Art.33(3); 2008 Art.24). */
  PAUSE("pause", "征求意见时间不计入答复期限", "Consultation time excluded"),
  /** A pause the policy or regime does not recognise, listed for the record. */
  PAUSE_IGNORED("pause-ignored", "不计入答复期限的时间未予扣除", "Pause not applied"),
  /** The reply period: 20 working days (2019 Art.33(2)) or 15 (2008 Art.24). */
  REPLY_PERIOD("reply-period", "答复期限", "Reply period"),
  /** The extension: up to 20 (2019) or 15 (2008) more working days. */
  EXTENSION("extension", "延长答复期限", "Extension of the reply period"),
  /** A later reply date set by the agency for an excessive request (2019 Art.35). */
  ART35_DATE("art35-date", "确定延迟答复的合理期限", "Later reply date set for an excessive request"),
  /** A consulted party's reply window: 15 working days (2019 Art.32, Art.34). */
  CONSULTATION_REPLY("consultation-reply", "被征求意见方提出意见期限", "Consulted party's reply window"),
  /** The fee payment window (国办函〔2020〕109号 as implemented locally). */
  FEE_PAYMENT("fee-payment", "缴纳信息处理费期限", "Fee payment window"),
  /** Proactive publication within 20 working days of forming or change (2019 Art.26). */
  PROACTIVE_PUBLICATION("proactive-publication", "主动公开期限", "Proactive publication");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  DeadlineRule(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Stable code used in JSON and on the command line.
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
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static DeadlineRule ofCode(String code) {
    InvalidValueException.requireNonNull(code, "deadlineRule");
    for (DeadlineRule v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new InvalidValueException("deadlineRule", code, "must be one of receipt, rest-day-receipt, correction-notice, correction-restart, pause, pause-ignored, reply-period, extension, art35-date, consultation-reply, fee-payment, proactive-publication");
  }
}

package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/**
 * Which days of a consultation are excluded from the reply period — the Regulation says only that
 * the time needed is not counted (2019 Art.33(3)), so a policy parameter.
 *
 * <p>Default {@link #DAY_AFTER_SENDING}: like the receipt day, the day the letter is sent is not
 * part of the period it starts (analogy with 民事诉讼法 Art.85, DOMAIN.md §4); the day the reply
 * arrives is excluded.
 */
public enum ConsultationSpan {
  /** Excluded from the day after the letter is sent through the day the reply is received. */
  DAY_AFTER_SENDING("day-after-sending", "自发出征求意见书次日起至收到意见之日", "From the day after sending through the reply day"),
  /** Excluded from the day the letter is sent through the day the reply is received. */
  SENDING_DAY("sending-day", "自发出征求意见书之日起至收到意见之日", "From the sending day through the reply day");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ConsultationSpan(String code, String labelZh, String labelEn) {
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
  public static ConsultationSpan ofCode(String code) {
    InvalidValueException.requireNonNull(code, "consultationSpan");
    for (ConsultationSpan v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new InvalidValueException("consultationSpan", code, "must be one of day-after-sending, sending-day");
  }
}

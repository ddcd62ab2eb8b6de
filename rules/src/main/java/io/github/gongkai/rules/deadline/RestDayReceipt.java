package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/**
 * How a request received on a day off (weekend or holiday) is dated — unsettled (DOMAIN.md §4,
 * §10 item 6), so a policy parameter.
 *
 * <p>Default {@link #NEXT_WORKING_DAY}: the published case note (DOMAIN.md §4, R37) treats an e-mail
 * received on Sunday 2017-06-18 as received on Monday 2017-06-19 and counts the 15 working days from
 * the day after, giving 2017-07-10.
 */
public enum RestDayReceipt {
  /** The request counts as received on the next working day; counting starts the day after that. */
  NEXT_WORKING_DAY("next-working-day", "顺延至下一工作日为收到申请之日", "Received on the next working day"),
  /** The rest day itself is the receipt day; the first working day after it is day 1. */
  AS_RECEIVED("as-received", "以实际收到之日为收到申请之日", "Received on the day it arrived");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  RestDayReceipt(String code, String labelZh, String labelEn) {
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
  public static RestDayReceipt ofCode(String code) {
    InvalidValueException.requireNonNull(code, "restDayReceipt");
    for (RestDayReceipt v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new InvalidValueException("restDayReceipt", code, "must be one of next-working-day, as-received");
  }
}

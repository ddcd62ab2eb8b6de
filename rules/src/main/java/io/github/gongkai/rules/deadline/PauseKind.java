package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/**
 * Why the reply clock stands still.
 */
public enum PauseKind {
  /** Consulting a third party whose rights may be harmed (2019 Art.32, Art.33(3); 2008 Art.23, Art.24). */
  THIRD_PARTY("third-party", "征求第三方意见", "Third-party consultation"),
  /** Consulting another agency, e.g. a co-producer (2019 Art.33(3), Art.34). */
  OTHER_AGENCY("other-agency", "征求其他机关意见", "Consultation of another agency"),
  /** A fee notice outstanding — a pause only under policy {@code feeNoticePausesClock}. */
  FEE_NOTICE("fee-notice", "缴费通知期间", "Fee notice outstanding");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  PauseKind(String code, String labelZh, String labelEn) {
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
  public static PauseKind ofCode(String code) {
    InvalidValueException.requireNonNull(code, "pauseKind");
    for (PauseKind v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new InvalidValueException("pauseKind", code, "must be one of third-party, other-agency, fee-notice");
  }
}

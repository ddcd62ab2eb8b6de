package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * How an administrative lawsuit reached the court, as the two litigation blocks of table 四 of the
 * annual report.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum LitigationRoute {
  /** 未经复议直接起诉 — Sued directly. */
  DIRECT("direct", "未经复议直接起诉", "Sued directly"),
  /** 复议后起诉 — Sued after administrative review. */
  AFTER_REVIEW("after-review", "复议后起诉", "Sued after administrative review");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  LitigationRoute(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "direct"}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The label in a locale: Chinese for any {@code zh} locale, English otherwise.
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
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static LitigationRoute ofCode(String code) {
    return EnumCodes.lookup(values(), LitigationRoute::getCode, "route", code);
  }
}

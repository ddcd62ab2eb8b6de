package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * A third party's reply to a consultation letter (2019 Art.32).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ThirdPartyPosition {
  /** 同意公开 — Consents to disclosure. */
  CONSENTS("consents", "同意公开", "Consents to disclosure"),
  /** 不同意公开 — Objects to disclosure. */
  OBJECTS("objects", "不同意公开", "Objects to disclosure"),
  /** 无意见 — No objection. */
  NO_OBJECTION("no-objection", "无意见", "No objection");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ThirdPartyPosition(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "consents"}.
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
  public static ThirdPartyPosition ofCode(String code) {
    return EnumCodes.lookup(values(), ThirdPartyPosition::getCode, "position", code);
  }
}

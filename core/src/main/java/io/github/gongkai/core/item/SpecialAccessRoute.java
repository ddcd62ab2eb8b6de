package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * A special statutory route for obtaining the information (2019 Art.36(7)): business registration
 * (工商) and real-estate registration (不动产登记) records, and others a law or administrative regulation
 * provides.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum SpecialAccessRoute {
  /** 工商登记资料 — Business registration records. */
  BUSINESS_REGISTRATION("business-registration", "工商登记资料", "Business registration records"),
  /** 不动产登记资料 — Real-estate registration records. */
  REAL_ESTATE_REGISTRATION("real-estate-registration", "不动产登记资料", "Real-estate registration records"),
  /** 其他特别规定 — Other special statutory route. */
  OTHER("other", "其他特别规定", "Other special statutory route");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  SpecialAccessRoute(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "business-registration"}.
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
  public static SpecialAccessRoute ofCode(String code) {
    return EnumCodes.lookup(values(), SpecialAccessRoute::getCode, "specialAccessRoute", code);
  }
}

package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The classification level of a state secret (保守国家秘密法: 绝密, 机密, 秘密).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum SecrecyLevel {
  /** 绝密 — Top secret. */
  TOP_SECRET("top-secret", "绝密", "Top secret"),
  /** 机密 — Secret. */
  SECRET("secret", "机密", "Secret"),
  /** 秘密 — Confidential. */
  CONFIDENTIAL("confidential", "秘密", "Confidential");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  SecrecyLevel(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "top-secret"}.
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
  public static SecrecyLevel ofCode(String code) {
    return EnumCodes.lookup(values(), SecrecyLevel::getCode, "level", code);
  }
}

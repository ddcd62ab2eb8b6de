package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The kind of third-party interest disclosure could harm (2019 Art.15).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ThirdPartyInterestKind {
  /** 商业秘密 — Commercial secret. */
  COMMERCIAL_SECRET("commercial-secret", "商业秘密", "Commercial secret"),
  /** 个人隐私 — Personal privacy. */
  PERSONAL_PRIVACY("personal-privacy", "个人隐私", "Personal privacy"),
  /** 其他合法权益 — Other lawful rights. */
  OTHER_LAWFUL_RIGHTS("other-lawful-rights", "其他合法权益", "Other lawful rights");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ThirdPartyInterestKind(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "commercial-secret"}.
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
  public static ThirdPartyInterestKind ofCode(String code) {
    return EnumCodes.lookup(values(), ThirdPartyInterestKind::getCode, "kind", code);
  }
}

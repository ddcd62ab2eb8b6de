package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The way an information-processing fee is computed (国办函〔2020〕109号 Art.3): per item (按件) or per
 * volume (按量); one method per request.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum FeeMethod {
  /** 按件计收 — Per item. */
  PER_ITEM("per-item", "按件计收", "Per item"),
  /** 按量计收 — Per volume. */
  PER_VOLUME("per-volume", "按量计收", "Per volume");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  FeeMethod(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "per-item"}.
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
  public static FeeMethod ofCode(String code) {
    return EnumCodes.lookup(values(), FeeMethod::getCode, "method", code);
  }
}

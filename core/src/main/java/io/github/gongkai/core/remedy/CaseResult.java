package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The result of an administrative review or litigation case, as the columns of table 四 of the
 * annual report (国办公开办函〔2021〕30号).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum CaseResult {
  /** 结果维持 — Maintained. */
  MAINTAINED("maintained", "结果维持", "Maintained"),
  /** 结果纠正 — Corrected. */
  CORRECTED("corrected", "结果纠正", "Corrected"),
  /** 其他结果 — Other result. */
  OTHER("other", "其他结果", "Other result"),
  /** 尚未审结 — Pending. */
  PENDING("pending", "尚未审结", "Pending");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  CaseResult(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "maintained"}.
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
  public static CaseResult ofCode(String code) {
    return EnumCodes.lookup(values(), CaseResult::getCode, "result", code);
  }
}

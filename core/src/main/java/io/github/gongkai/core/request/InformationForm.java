package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The form in which the applicant asks to receive the information (2019 Art.29(2) item 3, Art.40).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum InformationForm {
  /** 纸质 — Paper. */
  PAPER("paper", "纸质", "Paper"),
  /** 电子数据 — Electronic data. */
  ELECTRONIC("electronic", "电子数据", "Electronic data"),
  /** 查阅、抄录 — Inspection and copying by hand. */
  INSPECTION("inspection", "查阅、抄录", "Inspection and copying by hand"),
  /** 其他 — Other. */
  OTHER("other", "其他", "Other");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  InformationForm(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "paper"}.
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
  public static InformationForm ofCode(String code) {
    return EnumCodes.lookup(values(), InformationForm::getCode, "requestedForm", code);
  }
}

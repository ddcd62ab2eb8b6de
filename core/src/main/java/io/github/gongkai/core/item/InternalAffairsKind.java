package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The three kinds of internal-affairs information (内部事务信息, 2019 Art.16(1)).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum InternalAffairsKind {
  /** 人事管理 — Personnel management. */
  PERSONNEL("personnel", "人事管理", "Personnel management"),
  /** 后勤管理 — Logistics management. */
  LOGISTICS("logistics", "后勤管理", "Logistics management"),
  /** 内部工作流程 — Internal workflow. */
  INTERNAL_WORKFLOW("internal-workflow", "内部工作流程", "Internal workflow");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  InternalAffairsKind(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "personnel"}.
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
  public static InternalAffairsKind ofCode(String code) {
    return EnumCodes.lookup(values(), InternalAffairsKind::getCode, "internalAffairs", code);
  }
}

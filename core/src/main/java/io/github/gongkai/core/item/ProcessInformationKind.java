package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The four kinds of process information (过程性信息, 2019 Art.16(2)).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ProcessInformationKind {
  /** 讨论记录 — Discussion record. */
  DISCUSSION_RECORD("discussion-record", "讨论记录", "Discussion record"),
  /** 过程稿 — Draft. */
  DRAFT("draft", "过程稿", "Draft"),
  /** 磋商信函 — Consultation letter. */
  CONSULTATION_LETTER("consultation-letter", "磋商信函", "Consultation letter"),
  /** 请示报告 — Request for instructions or report. */
  REQUEST_FOR_INSTRUCTIONS_OR_REPORT("request-for-instructions-or-report", "请示报告", "Request for instructions or report");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ProcessInformationKind(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "discussion-record"}.
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
  public static ProcessInformationKind ofCode(String code) {
    return EnumCodes.lookup(values(), ProcessInformationKind::getCode, "processInformation", code);
  }
}

package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * Where the third party stands on disclosure (2019 Art.15, Art.32).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ConsentState {
  /** 未征求意见 — Not asked. */
  NOT_ASKED("not-asked", "未征求意见", "Not asked"),
  /** 征求意见中 — Pending. */
  PENDING("pending", "征求意见中", "Pending"),
  /** 同意公开 — Consented. */
  CONSENTED("consented", "同意公开", "Consented"),
  /** 不同意公开 — Objected. */
  OBJECTED("objected", "不同意公开", "Objected"),
  /** 逾期未答复 — No reply in time. */
  NO_REPLY("no-reply", "逾期未答复", "No reply in time");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ConsentState(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "not-asked"}.
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
  public static ConsentState ofCode(String code) {
    return EnumCodes.lookup(values(), ConsentState::getCode, "consent", code);
  }
}

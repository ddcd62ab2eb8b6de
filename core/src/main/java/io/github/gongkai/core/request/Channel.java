package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The channel through which a disclosure request was submitted (2019 Art.29, Art.31). The channel
 * decides how the receipt date is established: see requiresConfirmation().
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum Channel {
  /** 当面 — In person. */
  IN_PERSON("in-person", "当面", "In person", false),
  /** 邮寄 — Signed-for post. */
  MAIL("mail", "邮寄", "Signed-for post", false),
  /** 平常信函 — Ordinary letter. */
  ORDINARY_LETTER("ordinary-letter", "平常信函", "Ordinary letter", true),
  /** 网络平台 — Online platform. */
  ONLINE_PLATFORM("online-platform", "网络平台", "Online platform", true),
  /** 电子邮件 — E-mail. */
  EMAIL("email", "电子邮件", "E-mail", true),
  /** 传真 — Fax. */
  FAX("fax", "传真", "Fax", true),
  /** 其他 — Other. */
  OTHER("other", "其他", "Other", false);

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final boolean requiresConfirmation;

  Channel(String code, String labelZh, String labelEn, boolean requiresConfirmation) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.requiresConfirmation = requiresConfirmation;
  }

  /**
   * The stable code used in JSON, e.g. {@code "in-person"}.
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
   * Whether, under the 2019 Regulation, the receipt date is the day the office and the applicant
   * confirm the request rather than the day it arrives: ordinary letters (Art.31(2)), online
   * platforms, e-mail and fax (Art.31(3)). Requests before 2019-05-15 followed 国办公开办函〔2015〕207号,
   * which dated published e-mail by its arrival; {@code rules.lifecycle.ReceiptRules} applies that
   * difference. For {@link #OTHER} the agency's own rule applies (207号), which gongkai does not
   * model: it is treated as not needing confirmation [U].
   *
   * @return true if so
   */
  public boolean requiresConfirmation() {
    return requiresConfirmation;
  }


  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static Channel ofCode(String code) {
    return EnumCodes.lookup(values(), Channel::getCode, "channel", code);
  }
}

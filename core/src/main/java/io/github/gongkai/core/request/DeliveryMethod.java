package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * How the applicant asks to obtain the information (获取信息的方式、途径, 2019 Art.29(2) item 3).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum DeliveryMethod {
  /** 当面领取 — Collect in person. */
  COLLECT_IN_PERSON("collect-in-person", "当面领取", "Collect in person"),
  /** 邮寄 — Post. */
  POST("post", "邮寄", "Post"),
  /** 电子邮件 — E-mail. */
  EMAIL("email", "电子邮件", "E-mail"),
  /** 网上获取 — Online platform. */
  ONLINE_PLATFORM("online-platform", "网上获取", "Online platform"),
  /** 传真 — Fax. */
  FAX("fax", "传真", "Fax"),
  /** 其他 — Other. */
  OTHER("other", "其他", "Other");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  DeliveryMethod(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "collect-in-person"}.
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
  public static DeliveryMethod ofCode(String code) {
    return EnumCodes.lookup(values(), DeliveryMethod::getCode, "delivery", code);
  }
}

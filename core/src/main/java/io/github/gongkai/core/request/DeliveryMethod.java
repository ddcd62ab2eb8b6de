package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How the applicant asks to obtain the information (获取信息的方式、途径, 2019 Art.29(2) item 3).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum DeliveryMethod implements Coded {
  /** 当面领取 — Collect in person. */
  COLLECT_IN_PERSON("collect-in-person"),
  /** 邮寄 — Post. */
  POST("post"),
  /** 电子邮件 — E-mail. */
  EMAIL("email"),
  /** 网上获取 — Online platform. */
  ONLINE_PLATFORM("online-platform"),
  /** 传真 — Fax. */
  FAX("fax"),
  /** 其他 — Other. */
  OTHER("other");

  private final String code;

  DeliveryMethod(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "collect-in-person"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
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
    return EnumCodes.lookup(DeliveryMethod.class, "delivery", code);
  }
}

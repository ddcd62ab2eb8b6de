package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * An entry's disclosure attribute (公开属性) as a catalogue prints it: published proactively
 * (《中华人民共和国政府信息公开条例》(2019) 第十九条至第二十一条), given on request (第二十七条), or not
 * disclosed (第十四条至第十六条), the last always with its ground.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum DisclosureAttribute implements Coded {
  /** 主动公开 — Proactive disclosure. */
  PROACTIVE("proactive"),
  /** 依申请公开 — Disclosure on request. */
  ON_REQUEST("on-request"),
  /** 不予公开 — Not disclosed. */
  NOT_DISCLOSED("not-disclosed");

  private final String code;

  DisclosureAttribute(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "on-request"}.
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
  public static DisclosureAttribute ofCode(String code) {
    return EnumCodes.lookup(DisclosureAttribute.class, "attribute", code);
  }
}

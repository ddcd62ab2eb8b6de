package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The classification level of a state secret (保守国家秘密法: 绝密, 机密, 秘密).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum SecrecyLevel implements Coded {
  /** 绝密 — Top secret. */
  TOP_SECRET("top-secret"),
  /** 机密 — Secret. */
  SECRET("secret"),
  /** 秘密 — Confidential. */
  CONFIDENTIAL("confidential");

  private final String code;

  SecrecyLevel(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "top-secret"}.
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
  public static SecrecyLevel ofCode(String code) {
    return EnumCodes.lookup(SecrecyLevel.class, "level", code);
  }
}

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The way an information-processing fee is computed (国办函〔2020〕109号 Art.3): per item (按件) or per
 * volume (按量); one method per request.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum FeeMethod implements Coded {
  /** 按件计收 — Per item. */
  PER_ITEM("per-item"),
  /** 按量计收 — Per volume. */
  PER_VOLUME("per-volume");

  private final String code;

  FeeMethod(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "per-item"}.
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
  public static FeeMethod ofCode(String code) {
    return EnumCodes.lookup(FeeMethod.class, "method", code);
  }
}

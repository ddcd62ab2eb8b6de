package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Where the third party stands on disclosure (2019 Art.15, Art.32).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ConsentState implements Coded {
  /** 未征求意见 — Not asked. */
  NOT_ASKED("not-asked"),
  /** 征求意见中 — Pending. */
  PENDING("pending"),
  /** 同意公开 — Consented. */
  CONSENTED("consented"),
  /** 不同意公开 — Objected. */
  OBJECTED("objected"),
  /** 逾期未答复 — No reply in time. */
  NO_REPLY("no-reply");

  private final String code;

  ConsentState(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "not-asked"}.
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
  public static ConsentState ofCode(String code) {
    return EnumCodes.lookup(ConsentState.class, "consent", code);
  }
}

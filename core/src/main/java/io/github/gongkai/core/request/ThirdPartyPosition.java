package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * A third party's reply to a consultation letter (2019 Art.32).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ThirdPartyPosition implements Coded {
  /** 同意公开 — Consents to disclosure. */
  CONSENTS("consents"),
  /** 不同意公开 — Objects to disclosure. */
  OBJECTS("objects"),
  /** 无意见 — No objection. */
  NO_OBJECTION("no-objection");

  private final String code;

  ThirdPartyPosition(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "consents"}.
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
  public static ThirdPartyPosition ofCode(String code) {
    return EnumCodes.lookup(ThirdPartyPosition.class, "position", code);
  }
}

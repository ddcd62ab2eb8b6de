package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * A special statutory route for obtaining the information (2019 Art.36(7)): business registration
 * (工商) and real-estate registration (不动产登记) records, and others a law or administrative regulation
 * provides.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum SpecialAccessRoute implements Coded {
  /** 工商登记资料 — Business registration records. */
  BUSINESS_REGISTRATION("business-registration"),
  /** 不动产登记资料 — Real-estate registration records. */
  REAL_ESTATE_REGISTRATION("real-estate-registration"),
  /** 其他特别规定 — Other special statutory route. */
  OTHER("other");

  private final String code;

  SpecialAccessRoute(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "business-registration"}.
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
  public static SpecialAccessRoute ofCode(String code) {
    return EnumCodes.lookup(SpecialAccessRoute.class, "specialAccessRoute", code);
  }
}

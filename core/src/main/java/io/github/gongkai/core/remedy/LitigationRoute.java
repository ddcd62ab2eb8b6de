package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How an administrative lawsuit reached the court, as the two litigation blocks of table 四 of the
 * annual report.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum LitigationRoute implements Coded {
  /** 未经复议直接起诉 — Sued directly. */
  DIRECT("direct"),
  /** 复议后起诉 — Sued after administrative review. */
  AFTER_REVIEW("after-review");

  private final String code;

  LitigationRoute(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "direct"}.
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
  public static LitigationRoute ofCode(String code) {
    return EnumCodes.lookup(LitigationRoute.class, "route", code);
  }
}

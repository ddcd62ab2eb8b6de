package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;

/** What a column's numbers are: counts, signed changes, or amounts in 万元. */
public enum ColumnKind {
  /** A non-negative integer count (件数, 数量). */
  COUNT("count"),
  /** A signed integer change (本年增/减, 2019 trial format). */
  SIGNED_COUNT("signed-count"),
  /** A non-negative amount in 万元 (10,000 yuan), decimals allowed. */
  WAN_YUAN("wan-yuan");

  private final String code;

  ColumnKind(String code) {
    this.code = code;
  }

  /**
   * Stable code.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a kind up by code.
   *
   * @param code the code
   * @return the kind
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ColumnKind ofCode(String code) {
    InvalidValueException.requireNonNull(code, "columnKind");
    for (ColumnKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new InvalidValueException("columnKind", code, "must be count, signed-count or wan-yuan");
  }
}

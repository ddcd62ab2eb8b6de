package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** What a column's numbers are: counts, signed changes, or amounts in 万元. */
public enum ColumnKind implements Coded {
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
  @Override
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
    return EnumCodes.lookup(ColumnKind.class, "columnKind", code);
  }
}

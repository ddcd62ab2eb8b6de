package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How percentage shares are rounded to their printed decimals.
 *
 * <p>The default is {@link #ROUND}: it is what agencies print (each share rounded on its own, the
 * total printed as it comes, e.g. 100.01 %), so a printed table is checked against it unless asked
 * otherwise. {@link #LARGEST_REMAINDER} is for tables that must add up to exactly 100 %.
 */
public enum ShareMethod implements Coded {
  /**
   * Independent rounding: each share rounded half-up on its own (57/430 = 13.2558… % → 13.26). The
   * sum is reported as it comes and may differ from 100 % by up to half a unit per category.
   */
  ROUND("round"),
  /**
   * Largest remainder (Hamilton): every share truncated, then the units still missing to reach 100 %
   * given one each to the shares with the largest remainders (ties to the larger count, then to the
   * earlier category). The sum is exactly 100 %; a share can then differ by one unit from its
   * independently rounded value, and is marked {@linkplain Share#isAdjusted() adjusted}.
   */
  LARGEST_REMAINDER("largest-remainder");

  /** The method used when none is named: {@link #ROUND}, what agencies print. */
  public static final ShareMethod DEFAULT = ROUND;

  private final String code;

  ShareMethod(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code round} or {@code largest-remainder}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a method up by its code.
   *
   * @param code {@code round} or {@code largest-remainder}
   * @return the method
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ShareMethod ofCode(String code) {
    return EnumCodes.lookup(ShareMethod.class, "method", code);
  }
}

package io.github.gongkai.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative amount in 万元 (ten thousand yuan), the unit of the annual report (e.g. table 二,
 * 行政事业性收费 本年收费金额（单位：万元）).
 *
 * <p>1 万元 = 10 000 元. Converting from {@link Yuan} is exact ({@link #ofYuan(Yuan)} keeps 6
 * decimal places, i.e. to the fen); rounding happens only when asked for, with an explicit scale
 * and {@link RoundingMode} ({@link #round(int, RoundingMode)}), or with gongkai's report default
 * ({@link #forReport()}). Two amounts are equal when they denote the same sum, whatever their scale.
 *
 * <p>Immutable and thread-safe; a value type.
 */
public final class WanYuan implements Comparable<WanYuan>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Yuan per 万元: 10 000. */
  public static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

  /** The largest scale kept: 6 decimal places of 万元 = 1 fen. */
  public static final int MAX_SCALE = 6;

  /**
   * gongkai's default number of decimal places for report cells: 4 (to the yuan). The 2021 report
   * format does not fix a precision; this is a policy default [U], see {@link #forReport()}.
   */
  public static final int DEFAULT_REPORT_SCALE = 4;

  /** gongkai's default rounding for report cells: {@link RoundingMode#HALF_UP} (policy default). */
  public static final RoundingMode DEFAULT_REPORT_ROUNDING = RoundingMode.HALF_UP;

  /** Zero. */
  public static final WanYuan ZERO = new WanYuan(BigDecimal.ZERO);

  private final BigDecimal amount;

  private WanYuan(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * An amount in 万元.
   *
   * @param amount the amount; not null, not negative, at most 6 decimal places
   * @return the amount
   * @throws InvalidValueException if the amount is null, negative or finer than a fen
   */
  @JsonCreator
  public static WanYuan of(BigDecimal amount) {
    InvalidValueException.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new InvalidValueException("amount", amount.toPlainString(), "must not be negative");
    }
    BigDecimal s = amount.stripTrailingZeros();
    if (s.scale() > MAX_SCALE) {
      throw new InvalidValueException(
          "amount", amount.toPlainString(), "must have at most 6 decimal places (1 fen)");
    }
    return new WanYuan(amount.scale() < 0 ? amount.setScale(0) : amount);
  }

  /**
   * Converts yuan to 万元 exactly (divides by 10 000; the result has scale 6).
   *
   * @param yuan the amount in yuan; not null
   * @return the same sum in 万元
   */
  public static WanYuan ofYuan(Yuan yuan) {
    InvalidValueException.requireNonNull(yuan, "yuan");
    return new WanYuan(yuan.getAmount().movePointLeft(4));
  }

  /**
   * The amount.
   *
   * @return the amount in 万元
   */
  @JsonValue
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * This amount rounded to {@code scale} decimal places with {@code mode}.
   *
   * @param scale decimal places, 0 to 6
   * @param mode the rounding mode; not null. {@link RoundingMode#UNNECESSARY} fails if rounding is
   *     needed
   * @return the rounded amount
   * @throws InvalidValueException if the scale is out of range, or the mode is UNNECESSARY and
   *     rounding is needed
   */
  public WanYuan round(int scale, RoundingMode mode) {
    InvalidValueException.requireNonNull(mode, "roundingMode");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new InvalidValueException("scale", Integer.toString(scale), "must be 0 to 6");
    }
    try {
      return new WanYuan(amount.setScale(scale, mode));
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "amount", amount.toPlainString(), "cannot be shown with " + scale + " decimals without rounding");
    }
  }

  /**
   * This amount as gongkai writes it in a report cell by default: {@value #DEFAULT_REPORT_SCALE}
   * decimal places, rounded half up. The report format does not say how many decimals to use; this is
   * an overridable policy default [U] — call {@link #round(int, RoundingMode)} for another one.
   *
   * @return the rounded amount
   */
  public WanYuan forReport() {
    return round(DEFAULT_REPORT_SCALE, DEFAULT_REPORT_ROUNDING);
  }

  /**
   * The sum of this amount and another.
   *
   * @param other the other amount; not null
   * @return the sum
   */
  public WanYuan plus(WanYuan other) {
    InvalidValueException.requireNonNull(other, "other");
    return new WanYuan(amount.add(other.amount));
  }

  /**
   * This amount in yuan, rounded to the fen with {@code mode}.
   *
   * @param mode the rounding mode for amounts finer than a fen (only possible after {@link #of}); not
   *     null
   * @return the amount in yuan
   */
  public Yuan toYuan(RoundingMode mode) {
    InvalidValueException.requireNonNull(mode, "roundingMode");
    return Yuan.of(amount.multiply(YUAN_PER_WAN).setScale(Yuan.SCALE, mode));
  }

  @Override
  public int compareTo(WanYuan o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WanYuan && ((WanYuan) o).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /**
   * The amount as a plain decimal, e.g. {@code 1.2345}.
   *
   * @return the amount
   */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}

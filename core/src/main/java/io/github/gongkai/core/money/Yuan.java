package io.github.gongkai.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative amount of money in yuan (元) with exactly two decimal places (fen, 分), e.g. an
 * information-processing fee.
 *
 * <p>Factories never round: an amount with more than two decimal places, a negative amount or null
 * is rejected with an {@link InvalidValueException}. Two amounts are equal when they denote the same
 * sum ({@code 1.5} equals {@code 1.50}). In JSON an amount is a number with two decimals, e.g.
 * {@code 300.00}; a string such as {@code "300.00"} is accepted on input.
 *
 * <p>Immutable and thread-safe; a value type.
 */
public final class Yuan implements Comparable<Yuan>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Zero yuan. */
  public static final Yuan ZERO = new Yuan(BigDecimal.ZERO.setScale(2));

  /** The number of decimal places of every amount: 2 (fen). */
  public static final int SCALE = 2;

  private final BigDecimal amount;

  private Yuan(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * An amount in yuan.
   *
   * @param amount the amount; not null, not negative, at most two decimal places
   * @return the amount
   * @throws InvalidValueException if the amount is null, negative or has more than two decimals
   */
  @JsonCreator
  public static Yuan of(BigDecimal amount) {
    InvalidValueException.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new InvalidValueException("amount", amount.toPlainString(), "must not be negative");
    }
    BigDecimal scaled;
    try {
      scaled = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "amount", amount.toPlainString(), "must have at most 2 decimal places (fen)");
    }
    return new Yuan(scaled);
  }

  /**
   * A whole number of yuan.
   *
   * @param yuan the amount, 0 or more
   * @return the amount
   * @throws InvalidValueException if {@code yuan} is negative
   */
  public static Yuan of(long yuan) {
    return of(BigDecimal.valueOf(yuan));
  }

  /**
   * An amount given in fen (分, 1/100 yuan).
   *
   * @param fen the amount in fen, 0 or more
   * @return the amount
   * @throws InvalidValueException if {@code fen} is negative
   */
  public static Yuan ofFen(long fen) {
    return of(BigDecimal.valueOf(fen, SCALE));
  }

  /**
   * Parses a decimal string such as {@code "300"} or {@code "12.50"}.
   *
   * @param text the text; not null
   * @return the amount
   * @throws InvalidValueException if the text is not a non-negative decimal with at most two decimals
   */
  public static Yuan parse(String text) {
    InvalidValueException.requireNonNull(text, "amount");
    BigDecimal d;
    try {
      d = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("amount", text, "must be a decimal number of yuan");
    }
    return of(d);
  }

  /**
   * The amount, with scale 2.
   *
   * @return the amount in yuan
   */
  @JsonValue
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * The amount in fen.
   *
   * @return the amount times 100
   * @throws ArithmeticException if the amount does not fit in a long
   */
  public long toFen() {
    return amount.movePointRight(SCALE).longValueExact();
  }

  /**
   * Whether this amount is zero.
   *
   * @return true for 0.00
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * The sum of this amount and another.
   *
   * @param other the other amount; not null
   * @return the sum
   */
  public Yuan plus(Yuan other) {
    InvalidValueException.requireNonNull(other, "other");
    return new Yuan(amount.add(other.amount));
  }

  /**
   * This amount times a count, e.g. a per-page price times pages.
   *
   * @param count the multiplier, 0 or more
   * @return the product
   * @throws InvalidValueException if {@code count} is negative
   */
  public Yuan times(long count) {
    if (count < 0) {
      throw new InvalidValueException("count", Long.toString(count), "must not be negative");
    }
    return new Yuan(amount.multiply(BigDecimal.valueOf(count)));
  }

  /**
   * This amount in 万元 (1 万元 = 10 000 元), exactly: the result has 6 decimal places and no rounding
   * takes place. Use {@link WanYuan#round(int, RoundingMode)} to round for display.
   *
   * @return the amount in 万元
   */
  public WanYuan toWanYuan() {
    return WanYuan.ofYuan(this);
  }

  @Override
  public int compareTo(Yuan o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Yuan && ((Yuan) o).amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /**
   * The amount as a plain decimal with two places, e.g. {@code 300.00}.
   *
   * @return the amount
   */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}

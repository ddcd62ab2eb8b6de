package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate with its numerator and denominator made explicit, e.g. 全文电子化率 = 203 items with full
 * electronic text / 203 items published = 100.00%. A rate may exceed 100% (e.g. 完成计划任务135%).
 * Immutable and thread-safe.
 */
public final class Rate {
  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A rate.
   *
   * @param numerator 0 or more
   * @param denominator 0 or more
   * @return the rate
   * @throws InvalidValueException for a negative argument
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0) {
      throw new InvalidValueException("numerator", Long.toString(numerator), "must be 0 or more");
    }
    if (denominator < 0) {
      throw new InvalidValueException("denominator", Long.toString(denominator), "must be 0 or more");
    }
    return new Rate(numerator, denominator);
  }

  /**
   * The numerator.
   *
   * @return the numerator
   */
  public long getNumerator() {
    return numerator;
  }

  /**
   * The denominator.
   *
   * @return the denominator
   */
  public long getDenominator() {
    return denominator;
  }

  /**
   * The rate in percent, rounded half-up to {@code scale} decimals; empty when the denominator is 0.
   *
   * @param scale decimals, 0 to 6
   * @return the percentage, or empty
   * @throws InvalidValueException for a scale out of range
   */
  public Optional<BigDecimal> getPercent(int scale) {
    if (scale < 0 || scale > 6) {
      throw new InvalidValueException("scale", Integer.toString(scale), "must be 0 to 6");
    }
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * As {@code 203/203 = 100.00%}, or {@code 0/0 = n/a}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " = "
        + getPercent(2).map(p -> p.toPlainString() + "%").orElse("n/a");
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Rate && ((Rate) o).numerator == numerator && ((Rate) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }
}

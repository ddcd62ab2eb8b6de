package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rate with its numerator and denominator made explicit, e.g. 全文电子化率 = 203 items with full
 * electronic text / 203 items published = 100.00%. A rate may exceed 100% (e.g. 完成计划任务135%).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rate {
  Rate() {}

  /**
   * A rate.
   *
   * @param numerator 0 or more
   * @param denominator 0 or more
   * @return the rate
   * @throws InvalidValueException for a negative argument
   */
  public static Rate of(long numerator, long denominator) {
    return ImmutableRate.builder().numerator(numerator).denominator(denominator).build();
  }

  /**
   * The numerator.
   *
   * @return the numerator, 0 or more
   */
  public abstract long getNumerator();

  /**
   * The denominator.
   *
   * @return the denominator, 0 or more
   */
  public abstract long getDenominator();

  @Value.Check
  void check() {
    if (getNumerator() < 0) {
      throw new InvalidValueException("numerator", Long.toString(getNumerator()), "must be 0 or more");
    }
    if (getDenominator() < 0) {
      throw new InvalidValueException(
          "denominator", Long.toString(getDenominator()), "must be 0 or more");
    }
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
    if (getDenominator() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(getNumerator()).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(getDenominator()), scale, RoundingMode.HALF_UP));
  }

  /**
   * As {@code 203/203 = 100.00%}, or {@code 0/0 = n/a}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return getNumerator() + "/" + getDenominator() + " = "
        + getPercent(2).map(p -> p.toPlainString() + "%").orElse("n/a");
  }
}

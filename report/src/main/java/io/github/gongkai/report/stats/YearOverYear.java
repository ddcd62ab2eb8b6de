package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A count this year against last year: absolute and relative change (e.g. 206 new-type farmers in
 * 2017 against 170 in 2016: +36, +21.18%). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearOverYear {
  YearOverYear() {}

  /**
   * A comparison.
   *
   * @param previous last year's count, 0 or more
   * @param current this year's count, 0 or more
   * @return the comparison
   * @throws InvalidValueException for a negative count
   */
  public static YearOverYear of(long previous, long current) {
    return ImmutableYearOverYear.builder().previous(previous).current(current).build();
  }

  /**
   * Last year's count.
   *
   * @return the count, 0 or more
   */
  public abstract long getPrevious();

  /**
   * This year's count.
   *
   * @return the count, 0 or more
   */
  public abstract long getCurrent();

  @Value.Check
  void check() {
    if (getPrevious() < 0) {
      throw new InvalidValueException("previous", Long.toString(getPrevious()), "must be 0 or more");
    }
    if (getCurrent() < 0) {
      throw new InvalidValueException("current", Long.toString(getCurrent()), "must be 0 or more");
    }
  }

  /**
   * current − previous.
   *
   * @return the change, negative for a decrease
   */
  public long getChange() {
    return getCurrent() - getPrevious();
  }

  /**
   * The change in percent of last year, rounded half-up (half away from zero); empty when last
   * year's count is 0.
   *
   * @param scale decimals, 0 to 6
   * @return the percentage change, or empty
   * @throws InvalidValueException for a scale out of range
   */
  public Optional<BigDecimal> getPercentChange(int scale) {
    if (scale < 0 || scale > 6) {
      throw new InvalidValueException("scale", Integer.toString(scale), "must be 0 to 6");
    }
    long previous = getPrevious();
    if (previous == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(getChange()).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(previous), scale, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    long c = getChange();
    return getPrevious() + " → " + getCurrent() + " (" + (c >= 0 ? "+" : "") + c
        + getPercentChange(2).map(p -> ", " + (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%").orElse("")
        + ")";
  }
}

package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count this year against last year: absolute and relative change (e.g. 206 new-type farmers in
 * 2017 against 170 in 2016: +36, +21.18%). Immutable and thread-safe.
 */
public final class YearOverYear {
  private final long previous;
  private final long current;

  private YearOverYear(long previous, long current) {
    this.previous = previous;
    this.current = current;
  }

  /**
   * A comparison.
   *
   * @param previous last year's count, 0 or more
   * @param current this year's count, 0 or more
   * @return the comparison
   * @throws InvalidValueException for a negative count
   */
  public static YearOverYear of(long previous, long current) {
    if (previous < 0) {
      throw new InvalidValueException("previous", Long.toString(previous), "must be 0 or more");
    }
    if (current < 0) {
      throw new InvalidValueException("current", Long.toString(current), "must be 0 or more");
    }
    return new YearOverYear(previous, current);
  }

  /**
   * Last year's count.
   *
   * @return the count
   */
  public long getPrevious() {
    return previous;
  }

  /**
   * This year's count.
   *
   * @return the count
   */
  public long getCurrent() {
    return current;
  }

  /**
   * current − previous.
   *
   * @return the change, negative for a decrease
   */
  public long getChange() {
    return current - previous;
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
    return previous + " → " + current + " (" + (c >= 0 ? "+" : "") + c
        + getPercentChange(2).map(p -> ", " + (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%").orElse("")
        + ")";
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof YearOverYear && ((YearOverYear) o).previous == previous && ((YearOverYear) o).current == current;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(previous) * 31 + Long.hashCode(current);
  }
}

package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many working days a set of requests took, from receipt to answer: count, average and median.
 *
 * <p>The average is rounded half-up to two decimals. The median of an odd count is the middle
 * value; of an even count, the mean of the two middle values (so 3, 5, 8, 10 → 6.5), exact, with
 * one decimal — the same for any order of the input. Both are empty for no requests.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDaysSummary {
  private final List<Integer> days;
  private final long total;

  private WorkingDaysSummary(List<Integer> days) {
    this.days = days;
    long t = 0;
    for (int d : days) {
      t += d;
    }
    this.total = t;
  }

  /**
   * A summary of durations.
   *
   * @param workingDays each request's working days, 0 or more; not null
   * @return the summary
   * @throws InvalidValueException for a negative value or null
   */
  public static WorkingDaysSummary of(List<Integer> workingDays) {
    InvalidValueException.requireNonNull(workingDays, "workingDays");
    List<Integer> sorted = new ArrayList<>(workingDays.size());
    for (Integer d : workingDays) {
      int v = InvalidValueException.requireNonNull(d, "workingDays[]");
      if (v < 0) {
        throw new InvalidValueException("workingDays[]", Integer.toString(v), "must be 0 or more");
      }
      sorted.add(v);
    }
    Collections.sort(sorted);
    return new WorkingDaysSummary(List.copyOf(sorted));
  }

  /**
   * The number of requests.
   *
   * @return the count
   */
  public int getCount() {
    return days.size();
  }

  /**
   * The durations in ascending order.
   *
   * @return the working days
   */
  public List<Integer> getWorkingDays() {
    return days;
  }

  /**
   * The mean, rounded half-up to two decimals.
   *
   * @return the average, empty for no requests
   */
  public Optional<BigDecimal> getAverage() {
    if (days.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_UP));
  }

  /**
   * The median with one decimal: the middle value, or the mean of the two middle values for an
   * even count.
   *
   * @return the median, empty for no requests
   */
  public Optional<BigDecimal> getMedian() {
    int n = days.size();
    if (n == 0) {
      return Optional.empty();
    }
    long twice = n % 2 == 1 ? 2L * days.get(n / 2) : (long) days.get(n / 2 - 1) + days.get(n / 2);
    return Optional.of(BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
  }

  Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("count", getCount());
    o.put("averageWorkingDays", getAverage().map(BigDecimal::toPlainString).orElse(null));
    o.put("medianWorkingDays", getMedian().map(BigDecimal::toPlainString).orElse(null));
    return o;
  }

  @Override
  public String toString() {
    return getCount() + " requests, average " + getAverage().map(BigDecimal::toPlainString).orElse("n/a")
        + ", median " + getMedian().map(BigDecimal::toPlainString).orElse("n/a") + " working days";
  }
}

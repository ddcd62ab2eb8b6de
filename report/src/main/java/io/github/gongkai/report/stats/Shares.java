package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Counts by custom category with percentage shares that add up to exactly 100% (e.g. 100.00%).
 *
 * <p>Rounding each share on its own does not add up: the seed report 篇3 lists 16 categories of
 * 183 items whose printed shares total 100.01% (it prints 20/183 = 10.929…% as 10.92% beside
 * other shares rounded up); rounding every share half-up would total 100.04%. Shares
 * here use the largest-remainder method: every share is first truncated to the scale, then the
 * missing hundredths go one each to the shares with the largest remainders — ties to the larger
 * count, then to the earlier category. Each share therefore differs from the exact value by less
 * than one unit of the last place, and the total is exactly 100. When the total count is 0 every
 * share is 0 and {@link #isDefined()} is false. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Shares {
  Shares() {}

  private static Shares create(long total, int scale, List<Share> shares) {
    return ImmutableShares.builder().total(total).scale(scale).shares(shares).build();
  }

  /**
   * Shares with two decimals (e.g. 10.93%).
   *
   * @param counts category → count, in display order (use a {@code LinkedHashMap}); counts 0 or
   *     more
   * @return the shares
   * @throws InvalidValueException for a negative count or null
   */
  public static Shares of(Map<String, Long> counts) {
    return of(counts, 2);
  }

  /**
   * Shares with a given number of decimals.
   *
   * @param counts category → count, in display order; counts 0 or more
   * @param scale decimals of the percentages, 0 to 6
   * @return the shares
   * @throws InvalidValueException for a negative count, null, or a scale out of range
   */
  public static Shares of(Map<String, Long> counts, int scale) {
    InvalidValueException.requireNonNull(counts, "counts");
    if (scale < 0 || scale > 6) {
      throw new InvalidValueException("scale", Integer.toString(scale), "must be 0 to 6");
    }
    List<String> names = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      InvalidValueException.requireNonNull(e.getKey(), "category");
      long c = InvalidValueException.requireNonNull(e.getValue(), "counts[" + e.getKey() + "]");
      if (c < 0) {
        throw new InvalidValueException("counts[" + e.getKey() + "]", Long.toString(c), "must be 0 or more");
      }
      names.add(e.getKey());
      values.add(c);
      total = Math.addExact(total, c);
    }
    int n = names.size();
    BigInteger units = BigInteger.TEN.pow(scale + 2);
    BigInteger[] floor = new BigInteger[n];
    BigInteger[] rem = new BigInteger[n];
    List<Share> out = new ArrayList<>();
    if (total == 0) {
      for (int i = 0; i < n; i++) {
        out.add(Share.of(names.get(i), 0, BigDecimal.ZERO.setScale(scale)));
      }
      return create(0, scale, out);
    }
    BigInteger t = BigInteger.valueOf(total);
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = BigInteger.valueOf(values.get(i)).multiply(units).divideAndRemainder(t);
      floor[i] = qr[0];
      rem[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int missing = units.subtract(assigned).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigInteger>comparing(i -> rem[i]).reversed()
            .thenComparing(Comparator.<Integer, Long>comparing(values::get).reversed())
            .thenComparing(i -> i));
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      floor[i] = floor[i].add(BigInteger.ONE);
    }
    for (int i = 0; i < n; i++) {
      out.add(Share.of(names.get(i), values.get(i), new BigDecimal(floor[i], scale)));
    }
    return create(total, scale, out);
  }

  /**
   * The total count.
   *
   * @return the total
   */
  public abstract long getTotal();

  /**
   * Decimals of the percentages.
   *
   * @return the scale
   */
  public abstract int getScale();

  /**
   * Whether shares are defined (the total is not 0).
   *
   * @return true if the total is positive
   */
  public boolean isDefined() {
    return getTotal() > 0;
  }

  /**
   * The shares in the order given.
   *
   * @return the shares
   */
  public abstract List<Share> getShares();

  /**
   * The share of a category.
   *
   * @param category the category
   * @return its share
   * @throws InvalidValueException for an unknown category
   */
  public Share get(String category) {
    for (Share s : getShares()) {
      if (s.getCategory().equals(category)) {
        return s;
      }
    }
    throw new InvalidValueException("category", category, "must be one of the counted categories");
  }

  /**
   * The sum of the percentages: exactly 100 when defined, else 0.
   *
   * @return the sum
   */
  public BigDecimal getPercentSum() {
    BigDecimal s = BigDecimal.ZERO.setScale(getScale());
    for (Share sh : getShares()) {
      s = s.add(sh.getPercent());
    }
    return s;
  }

  @Override
  public String toString() {
    return getShares().toString();
  }
}

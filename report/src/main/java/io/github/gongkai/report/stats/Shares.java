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
 * Counts by custom category with their percentage shares, rounded by an explicit {@link
 * ShareMethod}.
 *
 * <p>{@link ShareMethod#ROUND} (the default, what agencies print) rounds each share half-up on its
 * own: the 2011 work summary transcribed in the examples' {@code samples/shares-2011.json} lists 16
 * categories of 183 items and prints 3.83 % for 7/183 =
 * 3.8251… % and 20.77 % for 38/183 = 20.7650… %, each rounded on its own, the whole adding up to
 * 100.04 % when every share is right (the report itself prints 100.01 % because of three
 * misprints); {@link #getPercentSum()} reports that sum. {@link ShareMethod#LARGEST_REMAINDER}
 * truncates every share to the scale, then gives the missing units one each to the shares with the
 * largest remainders — ties to the larger count, then to the earlier category — so the total is
 * exactly 100; each share then differs from the exact value by less than one unit of the last
 * place and from its independently rounded value by at most one unit, and a share that differs is
 * marked {@linkplain Share#isAdjusted() adjusted} (that summary: 3.83 → 3.82 three
 * times, 20.77 → 20.76).
 *
 * <p>When the total count is 0 every share is 0 and {@link #isDefined()} is false. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Shares {
  Shares() {}

  private static Shares create(long total, int scale, ShareMethod method, List<Share> shares) {
    return ImmutableShares.builder().total(total).scale(scale).method(method).shares(shares).build();
  }

  /**
   * Shares with two decimals (e.g. 10.93%), each rounded on its own ({@link ShareMethod#DEFAULT}).
   *
   * @param counts category → count, in display order (use a {@code LinkedHashMap}); counts 0 or
   *     more
   * @return the shares
   * @throws InvalidValueException for a negative count or null
   */
  public static Shares of(Map<String, Long> counts) {
    return of(counts, 2, ShareMethod.DEFAULT);
  }

  /**
   * Shares with two decimals by a given method.
   *
   * @param counts category → count, in display order; counts 0 or more
   * @param method how to round; not null
   * @return the shares
   * @throws InvalidValueException for a negative count or null
   */
  public static Shares of(Map<String, Long> counts, ShareMethod method) {
    return of(counts, 2, method);
  }

  /**
   * Shares with a given number of decimals, each rounded on its own ({@link ShareMethod#DEFAULT}).
   *
   * @param counts category → count, in display order; counts 0 or more
   * @param scale decimals of the percentages, 0 to 6
   * @return the shares
   * @throws InvalidValueException for a negative count, null, or a scale out of range
   */
  public static Shares of(Map<String, Long> counts, int scale) {
    return of(counts, scale, ShareMethod.DEFAULT);
  }

  /**
   * Shares with a given number of decimals by a given method.
   *
   * @param counts category → count, in display order; counts 0 or more
   * @param scale decimals of the percentages, 0 to 6
   * @param method how to round; not null
   * @return the shares
   * @throws InvalidValueException for a negative count, null, or a scale out of range
   */
  public static Shares of(Map<String, Long> counts, int scale, ShareMethod method) {
    InvalidValueException.requireNonNull(counts, "counts");
    InvalidValueException.requireNonNull(method, "method");
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
    List<Share> out = new ArrayList<>();
    if (total == 0) {
      BigDecimal zero = BigDecimal.ZERO.setScale(scale);
      for (int i = 0; i < n; i++) {
        out.add(Share.of(names.get(i), 0, zero, zero));
      }
      return create(0, scale, method, out);
    }
    BigInteger units = BigInteger.TEN.pow(scale + 2);
    BigInteger t = BigInteger.valueOf(total);
    BigInteger[] floor = new BigInteger[n];
    BigInteger[] rem = new BigInteger[n];
    BigInteger[] rounded = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = BigInteger.valueOf(values.get(i)).multiply(units).divideAndRemainder(t);
      floor[i] = qr[0];
      rem[i] = qr[1];
      // half-up: the remainder is at least half the total
      rounded[i] = qr[1].shiftLeft(1).compareTo(t) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
      assigned = assigned.add(qr[0]);
    }
    BigInteger[] chosen = rounded;
    if (method == ShareMethod.LARGEST_REMAINDER) {
      chosen = floor.clone();
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
        chosen[i] = chosen[i].add(BigInteger.ONE);
      }
    }
    for (int i = 0; i < n; i++) {
      out.add(Share.of(names.get(i), values.get(i), new BigDecimal(chosen[i], scale), new BigDecimal(rounded[i], scale)));
    }
    return create(total, scale, method, out);
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
   * How the shares were rounded.
   *
   * @return the method
   */
  public abstract ShareMethod getMethod();

  /**
   * The shares that differ from their independently rounded value (only under {@link
   * ShareMethod#LARGEST_REMAINDER}).
   *
   * @return the adjusted shares, in order
   */
  public List<Share> getAdjusted() {
    List<Share> out = new ArrayList<>();
    for (Share s : getShares()) {
      if (s.isAdjusted()) {
        out.add(s);
      }
    }
    return out;
  }

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
   * The sum of the percentages: exactly 100 under {@link ShareMethod#LARGEST_REMAINDER}; under
   * {@link ShareMethod#ROUND} as it comes (100.04 for {@code shares-2011.json}); 0 when not defined.
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

package io.github.gongkai.rules.fee;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.money.Yuan;
import org.immutables.value.Value;

/**
 * One line of a fee quote: a run of consecutive units charged at one unit price.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeeLine {
  FeeLine() {}

  /**
   * The first unit charged on this line, counted cumulatively (for per-item fees, within the
   * applicant's calendar month).
   *
   * @return the first unit
   */
  public abstract int getFirstUnit();

  /**
   * The last unit charged on this line, inclusive.
   *
   * @return the last unit
   */
  public abstract int getLastUnit();

  /**
   * The price of each unit on this line, in yuan.
   *
   * @return the unit price
   */
  public abstract Yuan getUnitPrice();

  /**
   * The provision that sets this price.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  /**
   * The number of units on this line.
   *
   * @return last − first + 1
   */
  public int getUnits() {
    return getLastUnit() - getFirstUnit() + 1;
  }

  /**
   * The line total: units × unit price.
   *
   * @return the subtotal
   */
  public Yuan getSubtotal() {
    return getUnitPrice().times(getUnits());
  }

  static FeeLine of(int first, int last, Yuan price, LegalBasis basis) {
    return ImmutableFeeLine.builder()
        .firstUnit(first)
        .lastUnit(last)
        .unitPrice(price)
        .legalBasis(basis)
        .build();
  }
}

package io.github.gongkai.rules.fee;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.FeeMethod;
import java.util.List;
import org.immutables.value.Value;

/**
 * The information-processing fee for one request, with the tier lines that make it up.
 *
 * <p>Units are counted cumulatively: a per-item quote for a request of 5 items from an applicant
 * who has already had 8 items counted this calendar month charges items 9 to 13 (9 and 10 free, 11
 * to 13 at 100 元). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeeQuote {
  FeeQuote() {}

  /**
   * The charging method: per item (按件) or per volume (按量); one method per request.
   *
   * @return the method
   */
  public abstract FeeMethod getMethod();

  /**
   * Units already counted before this request (items earlier in the same calendar month for
   * per-item fees; pages counted before, as the caller's volume policy decides, for per-volume).
   *
   * @return the units counted before, 0 or more
   */
  public abstract int getPriorUnits();

  /**
   * Units charged by this request (items or pages).
   *
   * @return the quantity, 0 or more
   */
  public abstract int getQuantity();

  /**
   * The charged lines, in unit order; free units appear with a zero price.
   *
   * @return the lines
   */
  public abstract List<FeeLine> getLines();

  /**
   * The provision under which the fee is charged.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  /**
   * The total fee.
   *
   * @return the sum of the lines
   */
  @Value.Derived
  public Yuan getAmount() {
    Yuan sum = Yuan.ZERO;
    for (FeeLine l : getLines()) {
      sum = sum.plus(l.getSubtotal());
    }
    return sum;
  }

  /**
   * Whether the request costs nothing.
   *
   * @return true if the amount is zero
   */
  public boolean isFree() {
    return getAmount().isZero();
  }
}

package io.github.gongkai.report.stats;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One category's count and its percentage share. Immutable and thread-safe. */
@Value.Immutable
public abstract class Share {
  Share() {}

  static Share of(String category, long count, BigDecimal percent, BigDecimal rounded) {
    return ImmutableShare.builder().category(category).count(count).percent(percent).rounded(rounded).build();
  }

  /**
   * The category label.
   *
   * @return the category
   */
  public abstract String getCategory();

  /**
   * The count.
   *
   * @return the count, 0 or more
   */
  public abstract long getCount();

  /**
   * The share in percent, at the scale of its {@link Shares} (e.g. {@code 10.93}).
   *
   * @return the percentage
   */
  public abstract BigDecimal getPercent();

  /**
   * The share rounded half-up on its own, at the same scale: equal to {@link #getPercent()} under
   * {@link ShareMethod#ROUND}.
   *
   * @return the independently rounded percentage
   */
  public abstract BigDecimal getRounded();

  /**
   * Whether the method moved this share away from its independently rounded value (one unit up or
   * down under {@link ShareMethod#LARGEST_REMAINDER}; never under {@link ShareMethod#ROUND}).
   *
   * @return true if adjusted
   */
  public boolean isAdjusted() {
    return getPercent().compareTo(getRounded()) != 0;
  }

  @Override
  public String toString() {
    return getCategory() + " " + getCount() + " (" + getPercent().toPlainString() + "%" + (isAdjusted() ? ", adjusted" : "") + ")";
  }
}

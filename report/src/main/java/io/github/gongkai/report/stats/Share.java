package io.github.gongkai.report.stats;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One category's count and its percentage share. Immutable and thread-safe. */
@Value.Immutable
public abstract class Share {
  Share() {}

  static Share of(String category, long count, BigDecimal percent) {
    return ImmutableShare.builder().category(category).count(count).percent(percent).build();
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

  @Override
  public String toString() {
    return getCategory() + " " + getCount() + " (" + getPercent().toPlainString() + "%)";
  }
}

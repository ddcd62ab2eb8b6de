package io.github.gongkai.report.stats;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One category's count and its percentage share. Immutable and thread-safe. */
public final class Share {
  private final String category;
  private final long count;
  private final BigDecimal percent;

  Share(String category, long count, BigDecimal percent) {
    this.category = category;
    this.count = count;
    this.percent = percent;
  }

  /**
   * The category label.
   *
   * @return the category
   */
  public String getCategory() {
    return category;
  }

  /**
   * The count.
   *
   * @return the count, 0 or more
   */
  public long getCount() {
    return count;
  }

  /**
   * The share in percent, at the scale of its {@link Shares} (e.g. {@code 10.93}).
   *
   * @return the percentage
   */
  public BigDecimal getPercent() {
    return percent;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Share)) {
      return false;
    }
    Share s = (Share) o;
    return category.equals(s.category) && count == s.count && percent.equals(s.percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, count, percent);
  }

  @Override
  public String toString() {
    return category + " " + count + " (" + percent.toPlainString() + "%)";
  }
}

package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One row of a printed category table: the category's label, its count as printed (possibly
 * approximate, or not printed at all), and its printed percentage share if any. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class CategoryEntry {
  CategoryEntry() {}

  /**
   * The category as printed, e.g. {@code 国土执法}.
   *
   * @return the label, not blank
   */
  public abstract String getLabel();

  /**
   * The count as printed ("20", "430余条"), or null when the table prints none (a total may
   * determine it).
   *
   * @return the count or null
   */
  public abstract @Nullable PrintedFigure getCount();

  /**
   * The percentage share as printed ("10.92%", "90%以上"), or null.
   *
   * @return the printed share or null
   */
  public abstract @Nullable PrintedFigure getPrinted();

  @Value.Check
  void check() {
    if (getLabel().isBlank()) {
      throw new InvalidValueException("label", getLabel(), "must not be blank");
    }
    PrintedFigure count = getCount();
    if (count != null && count.isPercent()) {
      throw new InvalidValueException("count", count.getText(), "must be a count, not a percentage");
    }
    if (count != null && count.isExact() && count.getValue().stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException("count", count.getText(), "must be a whole number");
    }
    PrintedFigure printed = getPrinted();
    if (printed != null && !printed.isPercent()) {
      throw new InvalidValueException("printed", printed.getText(), "must be a percentage such as 10.93%");
    }
  }

  /**
   * A row.
   *
   * @param label the category; not blank
   * @param count the count as printed, or null when not printed
   * @param printed the printed share (a percentage), or null
   * @return the row
   * @throws InvalidValueException for a blank label, a percentage as count or a share that is not one
   */
  public static CategoryEntry of(String label, @Nullable PrintedFigure count, @Nullable PrintedFigure printed) {
    return ImmutableCategoryEntry.builder().label(label).count(count).printed(printed).build();
  }

  /**
   * A row with an exact count and no printed share.
   *
   * @param label the category; not blank
   * @param count the count, 0 or more
   * @return the row
   */
  public static CategoryEntry of(String label, long count) {
    return of(label, PrintedFigure.exact(count), null);
  }

  @Override
  public String toString() {
    PrintedFigure printed = getPrinted();
    return getLabel() + " " + getCount() + (printed == null ? "" : " (" + printed + ")");
  }
}

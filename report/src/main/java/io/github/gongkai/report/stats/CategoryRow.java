package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One category of a checked {@link CategoryTable}: its count (as printed, or derived from the total)
 * and its share computed by the chosen {@link ShareMethod}. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"label":"四项制度专","count":1,"derived":true,"share":"0.55"}} — {@code count} a
 * number when exact, the printed text when approximate, null when unknown; {@code share} a decimal
 * string or null when it cannot be computed; {@code derived} and {@code adjusted} only when true.
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class CategoryRow {
  CategoryRow() {}

  /**
   * The category.
   *
   * @return the label
   */
  public abstract String getLabel();

  /**
   * The count: as printed, or the one the total determines ({@link #isDerived()}); null when
   * unknown.
   *
   * @return the count or null
   */
  public abstract @Nullable PrintedFigure getCount();

  /**
   * Whether the count was not printed but derived from the total.
   *
   * @return true if derived
   */
  public abstract boolean isDerived();

  /**
   * The share in percent by the chosen method, at the table's scale; null when it cannot be computed
   * (a count or the denominator unknown or approximate).
   *
   * @return the share or null
   */
  public abstract @Nullable BigDecimal getShare();

  /**
   * Whether largest remainder moved the share away from its independently rounded value.
   *
   * @return true if adjusted
   */
  public abstract boolean isAdjusted();

  static CategoryRow of(String label, @Nullable PrintedFigure count, boolean derived, @Nullable Share share) {
    return ImmutableCategoryRow.builder()
        .label(label)
        .count(count)
        .derived(derived)
        .share(share == null ? null : share.getPercent())
        .adjusted(share != null && share.isAdjusted())
        .build();
  }

  /**
   * This row as its JSON document of plain Java values.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("label", getLabel());
    PrintedFigure count = getCount();
    o.put("count", count == null ? null : figureValue(count));
    if (isDerived()) {
      o.put("derived", true);
    }
    BigDecimal share = getShare();
    o.put("share", share == null ? null : share.toPlainString());
    if (isAdjusted()) {
      o.put("adjusted", true);
    }
    return o;
  }

  /** An exact whole count as a number, any other figure as its printed text. */
  static Object figureValue(PrintedFigure f) {
    return f.isExact() && f.getValue().stripTrailingZeros().scale() <= 0
        ? (Object) f.getValue().longValueExact()
        : f.getText();
  }

  @Override
  public String toString() {
    BigDecimal share = getShare();
    return getLabel() + " " + getCount() + (isDerived() ? " (derived)" : "")
        + (share == null ? "" : " " + share.toPlainString() + "%" + (isAdjusted() ? " adjusted" : ""));
  }
}

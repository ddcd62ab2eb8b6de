package io.github.gongkai.report.read;

import io.github.gongkai.report.ReportTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of the reading log: a label as printed, the standard row or column it was matched to,
 * and how. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LabelMatch {
  /** What a label names. */
  public enum Axis {
    /** A row of a table (for table 四, its 行政复议 / 行政诉讼 groups). */
    ROW,
    /** A column. */
    COLUMN,
    /** The table's own title (the section heading before it). */
    TABLE
  }

  LabelMatch() {}

  static LabelMatch of(ReportTable table, Axis axis, String printed, String code, String standard, MatchKind kind, int distance) {
    return ImmutableLabelMatch.builder()
        .table(table)
        .axis(axis)
        .printed(printed)
        .code(code)
        .standard(standard)
        .kind(kind)
        .distance(distance)
        .build();
  }

  /**
   * The table.
   *
   * @return the table
   */
  public abstract ReportTable getTable();

  /**
   * Row or column.
   *
   * @return the axis
   */
  public abstract Axis getAxis();

  /**
   * The label as printed (white space tidied; empty when nothing was printed).
   *
   * @return the printed label
   */
  public abstract String getPrinted();

  /**
   * The standard row or column code, e.g. {@code withheld-prohibited-by-law} or {@code natural-person}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The standard label it was matched with, e.g. {@code 2.其他法律行政法规禁止公开}.
   *
   * @return the standard label
   */
  public abstract String getStandard();

  /**
   * How it was matched.
   *
   * @return the kind
   */
  public abstract MatchKind getKind();

  /**
   * The edit distance between the normalised printed and standard labels (0 unless a near-miss; for
   * a position match, -1).
   *
   * @return the distance
   */
  public abstract int getDistance();

  /**
   * This entry as a JSON document of plain values: {@code table}, {@code axis}, {@code printed},
   * {@code code}, {@code standard}, {@code match}, {@code distance}.
   *
   * @return a new map
   */
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("table", getTable().getCode());
    o.put("axis", getAxis().name().toLowerCase(java.util.Locale.ROOT));
    o.put("printed", getPrinted());
    o.put("code", getCode());
    o.put("standard", getStandard());
    o.put("match", getKind().getCode());
    o.put("distance", getDistance());
    return o;
  }

  @Override
  public String toString() {
    return getTable().getCode() + " " + getPrinted() + " -> " + getCode() + " (" + getKind().getCode() + ")";
  }
}

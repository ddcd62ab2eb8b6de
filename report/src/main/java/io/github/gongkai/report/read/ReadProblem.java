package io.github.gongkai.report.read;

import io.github.gongkai.report.ReportTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A printed row whose cells could not be read with certainty; its cells are left blank. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ReadProblem {
  /** Why the cells could not be read. */
  public enum Kind {
    /** More than one split of the run-together digits fits the row and the table's identities. */
    AMBIGUOUS,
    /** No split fits, or the row has a cell that is no number, or a different number of cells. */
    IMPOSSIBLE
  }

  ReadProblem() {}

  static ReadProblem of(ReportTable table, String row, String printed, String text, Kind kind, List<List<String>> candidates, String reason) {
    return ImmutableReadProblem.builder()
        .table(table)
        .row(row)
        .printed(printed)
        .text(text)
        .kind(kind)
        .candidates(candidates)
        .reason(reason)
        .build();
  }

  /**
   * The table.
   *
   * @return the table
   */
  public abstract ReportTable getTable();

  /**
   * The standard row code the printed row was matched to.
   *
   * @return the row code
   */
  public abstract String getRow();

  /**
   * The row's label as printed.
   *
   * @return the label
   */
  public abstract String getPrinted();

  /**
   * The row's cells as printed: the run of digits, or the cell texts joined by {@code |}.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * Ambiguous or impossible.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * For an ambiguous row, the splits that fit (each a list of cell texts); otherwise empty.
   *
   * @return the splits
   */
  public abstract List<List<String>> getCandidates();

  /**
   * Why, in English, e.g. {@code 3 splits fit}.
   *
   * @return the reason
   */
  public abstract String getReason();

  /**
   * This problem as a JSON document of plain values.
   *
   * @return a new map
   */
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("table", getTable().getCode());
    o.put("row", getRow());
    o.put("printed", getPrinted());
    o.put("text", getText());
    o.put("kind", getKind().name().toLowerCase(java.util.Locale.ROOT));
    List<Object> c = new ArrayList<>();
    for (List<String> split : getCandidates()) {
      c.add(new ArrayList<Object>(split));
    }
    o.put("candidates", c);
    o.put("reason", getReason());
    return o;
  }
}

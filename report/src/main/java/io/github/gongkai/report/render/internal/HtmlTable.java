package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * A table as rows of header and data cells (merged cells already resolved), followed by its charts.
 *
 * @param cssClass the table's class ({@code t2}, {@code t3}, {@code t4})
 * @param rows the rows, each a list of cells
 * @param charts bar charts printed after the table
 */
public record HtmlTable(String cssClass, List<List<HtmlCell>> rows, List<BarChart> charts) {
  /** Copies the lists. */
  public HtmlTable {
    rows = rows.stream().<List<HtmlCell>>map(List::copyOf).toList();
    charts = List.copyOf(charts);
  }
}

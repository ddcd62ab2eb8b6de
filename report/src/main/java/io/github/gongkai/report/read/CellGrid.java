package io.github.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * An HTML table as a rectangular grid: each {@code rowspan}/{@code colspan} cell occupies every
 * position it covers, and positions keep the cell they come from ({@link Cell}), so that a merged
 * cell is read once. Rows of a table nested in a cell are not the outer table's. Not thread-safe
 * while built; immutable after.
 */
final class CellGrid {
  /** One cell of the page: its text (tidied), and where it starts and how far it spans. */
  record Cell(String text, int row, int column, int rowSpan, int columnSpan) {}

  private final List<List<@Nullable Cell>> rows = new ArrayList<>();
  private int width;

  private CellGrid() {}

  /**
   * The grid of a {@code <table>} element.
   *
   * @param table the element
   * @return the grid
   */
  static CellGrid of(Element table) {
    CellGrid g = new CellGrid();
    int r = 0;
    for (Element tr : rowsOf(table)) {
      int c = 0;
      for (Element td : tr.children()) {
        if (!td.tagName().equals("td") && !td.tagName().equals("th")) {
          continue;
        }
        while (g.get(r, c) != null) {
          c++;
        }
        int rs = span(td.attr("rowspan"));
        int cs = span(td.attr("colspan"));
        Cell cell = new Cell(LabelText.tidy(td.wholeText().isBlank() ? "" : text(td)), r, c, rs, cs);
        for (int i = 0; i < rs; i++) {
          for (int j = 0; j < cs; j++) {
            g.put(r + i, c + j, cell);
          }
        }
        c += cs;
      }
      r++;
    }
    // rows reached only by a rowspan running past the last <tr> are not rows of the table
    while (g.rows.size() > r) {
      g.rows.remove(g.rows.size() - 1);
    }
    return g;
  }

  /** A grid from rows of cell texts, one cell per position (for tests and text tables). */
  static CellGrid ofTexts(List<List<String>> texts) {
    CellGrid g = new CellGrid();
    for (int r = 0; r < texts.size(); r++) {
      for (int c = 0; c < texts.get(r).size(); c++) {
        g.put(r, c, new Cell(LabelText.tidy(texts.get(r).get(c)), r, c, 1, 1));
      }
    }
    return g;
  }

  private static String text(Element td) {
    // block children (<p>, <div>, <br>) are line breaks in the cell: spaces once tidied
    return td.wholeText().isEmpty() ? "" : td.text();
  }

  private static List<Element> rowsOf(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.tagName().equals("tr")) {
        out.add(child);
      } else if (child.tagName().equals("thead") || child.tagName().equals("tbody") || child.tagName().equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.tagName().equals("tr")) {
            out.add(tr);
          }
        }
      }
    }
    return out;
  }

  private static int span(String attr) {
    try {
      int n = Integer.parseInt(attr.strip());
      return n < 1 ? 1 : Math.min(n, 1000);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void put(int r, int c, Cell cell) {
    while (rows.size() <= r) {
      rows.add(new ArrayList<>());
    }
    List<@Nullable Cell> row = rows.get(r);
    while (row.size() <= c) {
      row.add(null);
    }
    row.set(c, cell);
    width = Math.max(width, c + 1);
  }

  /**
   * The cell covering a position, or null where the page has none.
   *
   * @param r the row
   * @param c the column
   * @return the cell or null
   */
  @Nullable Cell get(int r, int c) {
    if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).size()) {
      return null;
    }
    return rows.get(r).get(c);
  }

  int height() {
    return rows.size();
  }

  int width() {
    return width;
  }

  /** The distinct cells of a row, left to right (a cell spanning columns once). */
  List<Cell> cellsOf(int r) {
    List<Cell> out = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Cell cell = get(r, c);
      if (cell != null && (out.isEmpty() || !sameCell(out.get(out.size() - 1), cell))) {
        out.add(cell);
      }
    }
    return out;
  }

  private static boolean sameCell(Cell a, Cell b) {
    return a.row() == b.row() && a.column() == b.column();
  }

  /** The texts of the grid, position by position (a merged cell's text at each position). */
  List<List<String>> texts() {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        Cell cell = get(r, c);
        row.add(cell == null ? "" : cell.text());
      }
      out.add(row);
    }
    return out;
  }
}

package io.github.gongkai.report.read;

import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The tables of a page before their labels are matched: rows of printed label and printed cells (an
 * HTML page) or run of digits (text). Not thread-safe while built.
 */
final class PageTables {
  /**
   * One printed row: its label (for text, the whole text before its digits, headings included), the
   * label cells before it (merged group cells), its cells (HTML) or run of digits (text), and the
   * column header printed above each cell (HTML).
   */
  record RawRow(String label, String context, List<String> cells, @Nullable String run, List<String> columnLabels) {}

  /** A table heading found in text, with how it was matched (null: exact or normalised). */
  record Heading(String printed, int distance) {}

  private static final Pattern TITLE = Pattern.compile("(?m)^\\s*标题\\s*[:：]\\s*(.+?)\\s*$");
  private static final Pattern DASH = Pattern.compile("[-—–－─]+|无");

  final boolean text;
  @Nullable String title;
  final Map<ReportTable, List<RawRow>> rows = new EnumMap<>(ReportTable.class);
  final Map<ReportTable, Heading> headings = new EnumMap<>(ReportTable.class);
  /** Text only: table 四's header text and its digits (all runs, space-separated). */
  @Nullable String table4Header;
  @Nullable String table4Run;

  private PageTables(boolean text) {
    this.text = text;
  }

  /** The printed rows of a table, in order. */
  List<RawRow> rowsOf(ReportTable table) {
    List<RawRow> l = rows.get(table);
    return l == null ? List.of() : l;
  }

  private void add(ReportTable table, RawRow row) {
    List<RawRow> l = rows.get(table);
    if (l == null) {
      l = new ArrayList<>();
      rows.put(table, l);
    }
    l.add(row);
  }

  private void addAll(ReportTable table, List<RawRow> more) {
    for (RawRow r : more) {
      add(table, r);
    }
  }

  // ---- HTML ----------------------------------------------------------------------------------

  static PageTables ofHtml(String html) {
    PageTables p = new PageTables(false);
    Document doc = Jsoup.parse(html);
    Element meta = doc.selectFirst("meta[name=ArticleTitle]");
    if (meta != null && !meta.attr("content").isBlank()) {
      p.title = LabelText.tidy(meta.attr("content"));
    } else if (!doc.title().isBlank()) {
      p.title = LabelText.tidy(doc.title());
    } else {
      Element h1 = doc.selectFirst("h1");
      p.title = h1 == null ? null : LabelText.tidy(h1.text());
    }
    for (Element table : doc.select("table")) {
      if (table.select("table").size() > 1) {
        continue; // a layout table around the report's tables: read the inner ones
      }
      CellGrid grid = CellGrid.of(table);
      StringBuilder all = new StringBuilder();
      for (List<String> r : grid.texts()) {
        all.append(String.join("", r));
      }
      String n = LabelText.normalise(all.toString());
      ReportTable kind;
      if (n.contains("第二十条")) {
        kind = ReportTable.TABLE_2;
      } else if (n.contains("本年新收") || n.contains("申请人情况") || n.contains("本年度办理结果")) {
        kind = ReportTable.TABLE_3;
      } else if (n.contains("行政复议") && (n.contains("行政诉讼") || n.contains("结果维持"))) {
        kind = ReportTable.TABLE_4;
      } else {
        continue;
      }
      p.addAll(kind, gridRows(grid, kind == ReportTable.TABLE_4));
    }
    return p;
  }

  /** Whether a cell's text reads as a cell value (a number, "/", blank, or a dash standing for none). */
  static boolean valueLike(String text) {
    String t = text.strip();
    if (DASH.matcher(t).matches()) {
      return true;
    }
    try {
      CellValue.parse(t);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The printed rows of a grid: a row is a data row when it ends in cells that read as values (at
   * least one not blank); the rows above it since the last data row are its headers.
   */
  static List<RawRow> gridRows(CellGrid grid, boolean horizontalAllowed) {
    List<RawRow> out = new ArrayList<>();
    List<Integer> headers = new ArrayList<>();
    boolean lastWasData = false;
    for (int r = 0; r < grid.height(); r++) {
      List<CellGrid.Cell> cells = grid.cellsOf(r);
      int k = cells.size();
      while (k > 0 && valueLike(cells.get(k - 1).text())) {
        k--;
      }
      boolean anyValue = false;
      for (int i = k; i < cells.size(); i++) {
        anyValue |= !cells.get(i).text().isBlank();
      }
      if (!anyValue) {
        if (lastWasData) {
          headers.clear();
        }
        headers.add(r);
        lastWasData = false;
        continue;
      }
      lastWasData = true;
      List<CellGrid.Cell> values = cells.subList(k, cells.size());
      if (k == 0 && horizontalAllowed) {
        out.addAll(horizontal(grid, headers, values));
        continue;
      }
      if (k == 0) {
        continue;
      }
      List<String> context = new ArrayList<>();
      for (int i = 0; i < k - 1; i++) {
        context.add(cells.get(i).text());
      }
      List<String> texts = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      for (CellGrid.Cell v : values) {
        texts.add(v.text());
        List<String> stack = stack(grid, headers, v.column());
        columns.add(stack.isEmpty() ? "" : stack.get(stack.size() - 1));
      }
      out.add(new RawRow(cells.get(k - 1).text(), String.join(" ", context), texts, null, columns));
    }
    return out;
  }

  /** Header texts above a column, top to bottom, a merged cell once. */
  private static List<String> stack(CellGrid grid, List<Integer> headers, int column) {
    List<String> out = new ArrayList<>();
    CellGrid.Cell last = null;
    for (int h : headers) {
      CellGrid.Cell c = grid.get(h, column);
      if (c == null || (last != null && last.row() == c.row() && last.column() == c.column())) {
        continue;
      }
      last = c;
      out.add(c.text());
    }
    return out;
  }

  /**
   * A row of values without a label (table 四 printed across: 行政复议 and 行政诉讼 as column groups):
   * one printed row per group of header cells above the values.
   */
  private static List<RawRow> horizontal(CellGrid grid, List<Integer> headers, List<CellGrid.Cell> values) {
    List<RawRow> out = new ArrayList<>();
    List<String> groupKey = null;
    List<String> texts = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (CellGrid.Cell v : values) {
      List<String> stack = stack(grid, headers, v.column());
      List<String> key = stack.size() <= 1 ? List.of() : stack.subList(0, stack.size() - 1);
      if (groupKey != null && !groupKey.equals(key)) {
        out.add(group(groupKey, texts, columns));
        texts = new ArrayList<>();
        columns = new ArrayList<>();
      }
      groupKey = key;
      texts.add(v.text());
      columns.add(stack.isEmpty() ? "" : stack.get(stack.size() - 1));
    }
    if (groupKey != null) {
      out.add(group(groupKey, texts, columns));
    }
    return out;
  }

  private static RawRow group(List<String> key, List<String> texts, List<String> columns) {
    String label = key.isEmpty() ? "" : key.get(key.size() - 1);
    String context = key.size() <= 1 ? "" : String.join(" ", key.subList(0, key.size() - 1));
    return new RawRow(label, context, texts, null, columns);
  }

  // ---- text ----------------------------------------------------------------------------------

  static PageTables ofText(String raw) {
    PageTables p = new PageTables(true);
    Matcher m = TITLE.matcher(raw);
    if (m.find()) {
      p.title = m.group(1);
    } else {
      for (String line : raw.split("\\R")) {
        if (line.contains("年度报告")) {
          p.title = LabelText.tidy(line);
          break;
        }
      }
    }
    List<Section> sections = ReportFormat.FORMAT_2021.getLayout().getSections();
    // the headings of sections 二 to 五 bound tables 二, 三 and 四
    int[] start = new int[4];
    int[] end = new int[4];
    int from = 0;
    for (int i = 0; i < 4; i++) {
      Section s = sections.get(i + 1);
      int[] found = find(raw, s.getNumber() + "、" + s.getTitleZh(), from);
      if (found == null) {
        start[i] = -1;
        continue;
      }
      start[i] = found[0];
      end[i] = found[1];
      from = found[1];
      if (i < 3) {
        p.headings.put(ReportTable.values()[i], new Heading(LabelText.tidy(raw.substring(found[0], found[1])), found[2]));
      }
    }
    for (int i = 0; i < 3; i++) {
      if (start[i] < 0) {
        continue;
      }
      int stop = raw.length();
      for (int j = i + 1; j < 4; j++) {
        if (start[j] >= 0) {
          stop = start[j];
          break;
        }
      }
      String region = raw.substring(end[i], stop);
      ReportTable table = ReportTable.values()[i];
      List<String[]> pairs = tokens(region);
      if (table == ReportTable.TABLE_4) {
        StringBuilder header = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (String[] pair : pairs) {
          header.append(pair[0]);
          if (run.length() > 0) {
            run.append(' ');
          }
          run.append(pair[1]);
        }
        if (run.length() > 0) {
          p.table4Header = header.toString();
          p.table4Run = run.toString();
        }
        continue;
      }
      for (String[] pair : pairs) {
        p.add(table, new RawRow(pair[0], "", List.of(), pair[1], List.of()));
      }
    }
    return p;
  }

  /**
   * The text and digit runs of a region, in pairs (text before, digits). A digit followed by
   * {@code .} or {@code 、} and a character that is not a digit is a row number ({@code 2.其他…}),
   * part of the next label.
   */
  static List<String[]> tokens(String region) {
    String s = region;
    List<String[]> out = new ArrayList<>();
    int textStart = 0;
    int i = 0;
    while (i < s.length()) {
      if (!isRunChar(s, i)) {
        i++;
        continue;
      }
      int j = i;
      int lastSolid = i;
      while (j < s.length()) {
        char c = LabelText.width(s.charAt(j));
        if (isRunChar(s, j)) {
          lastSolid = j;
          j++;
        } else if (LabelText.isSpace(c)) {
          j++;
        } else if (c == '.' && j + 1 < s.length() && isDigit(s.charAt(j + 1)) && j > i
            && isDigit(s.charAt(j - 1))) {
          j++;
        } else {
          break;
        }
      }
      int runEnd = lastSolid + 1;
      // a row number of the next label: "…0000 2.其他"
      if (runEnd < s.length() && (LabelText.width(s.charAt(runEnd)) == '.' || s.charAt(runEnd) == '、')
          && isDigit(s.charAt(lastSolid))) {
        int numberStart = lastSolid;
        runEnd = numberStart;
        while (runEnd > i && LabelText.isSpace(s.charAt(runEnd - 1))) {
          runEnd--;
        }
        if (runEnd <= i) {
          i = lastSolid + 1;
          continue;
        }
        out.add(new String[] {s.substring(textStart, i), halfWidth(s.substring(i, runEnd))});
        textStart = numberStart;
        i = lastSolid + 1;
        continue;
      }
      out.add(new String[] {s.substring(textStart, i), halfWidth(s.substring(i, runEnd))});
      textStart = runEnd;
      i = runEnd;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    char w = LabelText.width(c);
    return w >= '0' && w <= '9';
  }

  private static String halfWidth(String run) {
    StringBuilder sb = new StringBuilder(run.length());
    for (int i = 0; i < run.length(); i++) {
      sb.append(LabelText.width(run.charAt(i)));
    }
    return sb.toString();
  }

  /** A digit, or a "/" cell (not the slash of a label such as 本年增/减). */
  private static boolean isRunChar(CharSequence s, int i) {
    char c = LabelText.width(s.charAt(i));
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (c != '/') {
      return false;
    }
    boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
    boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
    return !(letterBefore && letterAfter);
  }

  /**
   * Finds a heading in text from an index: exactly after normalisation, else the closest
   * occurrence within an edit distance of an eighth of its length. Returns {start, end, distance}
   * in the raw text, or null.
   */
  static int @Nullable [] find(String raw, String heading, int from) {
    StringBuilder norm = new StringBuilder();
    List<Integer> index = new ArrayList<>();
    for (int i = from; i < raw.length(); i++) {
      String n = LabelText.normalise(raw.substring(i, i + 1));
      if (!n.isEmpty()) {
        norm.append(n);
        index.add(i);
      }
    }
    String h = LabelText.normalise(heading);
    int at = norm.indexOf(h);
    if (at >= 0) {
      return new int[] {index.get(at), index.get(at + h.length() - 1) + 1, 0};
    }
    int limit = Math.max(1, h.length() / 8);
    // Sellers: the end of the best approximate occurrence
    int m = h.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    int bestEnd = -1;
    int best = limit + 1;
    for (int i = 1; i <= norm.length(); i++) {
      cur[0] = 0;
      for (int j = 1; j <= m; j++) {
        int sub = prev[j - 1] + (norm.charAt(i - 1) == h.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      if (cur[m] < best) {
        best = cur[m];
        bestEnd = i;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    if (bestEnd < 0) {
      return null;
    }
    int bestStart = -1;
    int bestD = Integer.MAX_VALUE;
    for (int s = Math.max(0, bestEnd - m - limit); s <= Math.min(bestEnd - 1, bestEnd - m + limit); s++) {
      int d = LabelText.editDistance(norm.substring(s, bestEnd), h);
      if (d < bestD) {
        bestD = d;
        bestStart = s;
      }
    }
    return new int[] {index.get(bestStart), index.get(bestEnd - 1) + 1, bestD};
  }
}

package io.github.gongkai.report.render;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.BlockLayout;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ColumnLayout;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportLayout;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.Section;
import io.github.gongkai.report.TableLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link AnnualReport} as JSON, CSV, Markdown or a standalone HTML page. Output is
 * deterministic (same report, same bytes; {@code \n} line ends), so it can be compared with golden
 * files. The HTML page follows the official table layout of the report's format — merged header
 * cells through {@code rowspan}/{@code colspan} — and adds inline SVG bar charts of the outcomes
 * (table 三, 总计 column, by category （一）…（六）) and of new requests by applicant type. Blank cells
 * print empty, "/" prints "/". Thread-safe.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report; not null
   * @param format the output format; not null
   * @return the text
   */
  public static String render(AnnualReport report, RenderFormat format) {
    InvalidValueException.requireNonNull(report, "report");
    InvalidValueException.requireNonNull(format, "format");
    switch (format) {
      case JSON:
        return ReportJson.write(report);
      case CSV:
        return csv(report);
      case MARKDOWN:
        return markdown(report);
      default:
        return html(report);
    }
  }

  // ---- shared ---------------------------------------------------------------------------------

  private static List<RowLayout> shownRows(AnnualReport report, TableLayout t) {
    List<RowLayout> out = new ArrayList<>();
    for (RowLayout r : t.getRows()) {
      if (r.isPrinted() || anyFilled(report, t, r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean anyFilled(AnnualReport report, TableLayout t, RowLayout r) {
    for (ColumnLayout c : t.getColumns(r.getCode())) {
      if (!value(report, t, r, c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static CellValue value(AnnualReport report, TableLayout t, RowLayout r, ColumnLayout c) {
    return report.get(CellAddress.of(t.getTable(), r.getCode(), c.getCode()));
  }

  private static String rowLabel(TableLayout t, RowLayout r) {
    String parent = r.getParent();
    if (parent != null) {
      return t.getRow(parent).getPrintedZh() + " " + r.getPrintedZh();
    }
    if (r.getRole() == RowLayout.Role.OUTCOME_SUBTOTAL) {
      return r.getPrintedZh() + "（小计）";
    }
    return r.getPrintedZh();
  }

  private static String title(AnnualReport report) {
    return report.getAgency() + report.getYear() + "年政府信息公开工作年度报告";
  }

  private static @Nullable Section section(ReportLayout l, String number) {
    for (Section s : l.getSections()) {
      if (s.getNumber().equals(number)) {
        return s;
      }
    }
    return null;
  }

  // ---- CSV ------------------------------------------------------------------------------------

  private static String csv(AnnualReport report) {
    StringBuilder sb = new StringBuilder("table,block,row,column,row_zh,column_zh,value\n");
    for (TableLayout t : report.getLayout().getTables()) {
      for (RowLayout r : shownRows(report, t)) {
        BlockLayout b = t.getBlock(r.getCode());
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          sb.append(t.getTable().getCode()).append(',')
              .append(csvField(b.getCode())).append(',')
              .append(csvField(r.getCode())).append(',')
              .append(csvField(c.getCode())).append(',')
              .append(csvField(rowLabel(t, r))).append(',')
              .append(csvField(c.getLabelZh())).append(',')
              .append(csvField(value(report, t, r, c).toString())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  // ---- Markdown -------------------------------------------------------------------------------

  private static String markdown(AnnualReport report) {
    ReportLayout l = report.getLayout();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(md(title(report))).append("\n\n");
    sb.append("格式：").append(l.getDocumentNumber()).append("《").append(l.getTitleZh()).append("》\n");
    for (Section s : l.getSections()) {
      sb.append("\n## ").append(s.getNumber()).append("、").append(s.getTitleZh()).append("\n");
      String text = report.getSectionTexts().get(s.getNumber());
      if (text != null) {
        sb.append('\n').append(text.strip()).append('\n');
      }
      for (TableLayout t : l.getTables()) {
        if (t.getTable().getNumeral().equals(s.getNumber())) {
          markdownTable(sb, report, t);
        }
      }
    }
    return sb.toString();
  }

  private static void markdownTable(StringBuilder sb, AnnualReport report, TableLayout t) {
    List<RowLayout> shown = shownRows(report, t);
    for (BlockLayout b : t.getBlocks()) {
      String corner = b.getLabelZh() != null ? b.getLabelZh()
          : t.getTable() == ReportTable.TABLE_3 ? "申请人情况" : "";
      sb.append("\n| ").append(md(corner)).append(" |");
      for (ColumnLayout c : b.getColumns()) {
        String group = c.getGroupZh();
        sb.append(' ').append(md(group == null ? c.getLabelZh() : group + "·" + c.getLabelZh())).append(" |");
      }
      sb.append("\n|---|");
      for (int i = 0; i < b.getColumns().size(); i++) {
        sb.append("---:|");
      }
      sb.append('\n');
      for (RowLayout r : b.getRows()) {
        if (!shown.contains(r)) {
          continue;
        }
        String group = t.getTable() == ReportTable.TABLE_4 && r.getGroupZh() != null ? r.getGroupZh() + "·" : "";
        sb.append("| ").append(md(group + rowLabel(t, r))).append(" |");
        for (ColumnLayout c : b.getColumns()) {
          sb.append(' ').append(md(value(report, t, r, c).toString())).append(" |");
        }
        sb.append('\n');
      }
    }
    if (t.getNoteZh() != null) {
      sb.append("\n注：").append(t.getNoteZh()).append('\n');
    }
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  // ---- HTML -----------------------------------------------------------------------------------

  private static final String CSS =
      "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Zen Hei\",\"Microsoft YaHei\",sans-serif;"
          + "margin:24px auto;max-width:1100px;color:#111;line-height:1.5}"
          + "h1{font-size:22px;text-align:center;margin-bottom:4px}"
          + ".format{text-align:center;color:#555;font-size:13px;margin-top:0}"
          + "h2{font-size:17px;margin-top:28px}"
          + "table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}"
          + "th,td{border:1px solid #222;padding:4px 6px;text-align:center}"
          + "th{background:#f2f2f2;font-weight:normal}"
          + "th.row{text-align:left}"
          + "td{min-width:2.5em}.t3 td{width:6.5%}"
          + ".note{font-size:12px}"
          + "figure{margin:12px 0}figcaption{font-size:13px;color:#333}";

  private static String html(AnnualReport report) {
    ReportLayout l = report.getLayout();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title(report))).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(esc(title(report))).append("</h1>\n");
    sb.append("<p class=\"format\">").append(esc(l.getDocumentNumber())).append(" 《").append(esc(l.getTitleZh()))
        .append("》</p>\n");
    for (Section s : l.getSections()) {
      sb.append("<h2>").append(esc(s.getNumber())).append("、").append(esc(s.getTitleZh())).append("</h2>\n");
      String text = report.getSectionTexts().get(s.getNumber());
      if (text != null) {
        for (String para : text.strip().split("\n+")) {
          sb.append("<p>").append(esc(para)).append("</p>\n");
        }
      }
      for (TableLayout t : l.getTables()) {
        if (t.getTable().getNumeral().equals(s.getNumber())) {
          switch (t.getTable()) {
            case TABLE_2:
              htmlTable2(sb, report, t);
              break;
            case TABLE_3:
              htmlTable3(sb, report, t);
              charts(sb, report, t);
              break;
            default:
              htmlTable4(sb, report, t);
          }
        }
      }
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void td(StringBuilder sb, CellValue v, int colspan) {
    sb.append(colspan > 1 ? "<td colspan=\"" + colspan + "\">" : "<td>").append(esc(v.toString())).append("</td>");
  }

  private static void htmlTable2(StringBuilder sb, AnnualReport report, TableLayout t) {
    int width = 0;
    for (BlockLayout b : t.getBlocks()) {
      width = Math.max(width, b.getColumns().size());
    }
    sb.append("<table class=\"t2\">\n");
    for (BlockLayout b : t.getBlocks()) {
      int n = b.getColumns().size();
      int span = width / n;
      int last = width - span * (n - 1);
      sb.append("<tr><th colspan=\"").append(width + 1).append("\">").append(esc(String.valueOf(b.getLabelZh())))
          .append("</th></tr>\n<tr><th>信息内容</th>");
      for (int i = 0; i < n; i++) {
        int s = i == n - 1 ? last : span;
        sb.append(s > 1 ? "<th colspan=\"" + s + "\">" : "<th>").append(esc(b.getColumns().get(i).getLabelZh()))
            .append("</th>");
      }
      sb.append("</tr>\n");
      for (RowLayout r : b.getRows()) {
        sb.append("<tr><th class=\"row\">").append(esc(r.getLabelZh())).append("</th>");
        for (int i = 0; i < n; i++) {
          td(sb, value(report, t, r, b.getColumns().get(i)), i == n - 1 ? last : span);
        }
        sb.append("</tr>\n");
      }
    }
    sb.append("</table>\n");
  }

  private static void htmlTable3(StringBuilder sb, AnnualReport report, TableLayout t) {
    List<ColumnLayout> cols = t.getColumns(RowLayout.NEW);
    List<ColumnLayout> organisations = new ArrayList<>();
    for (ColumnLayout c : cols) {
      if (c.getGroupZh() != null) {
        organisations.add(c);
      }
    }
    String orgGroup = organisations.isEmpty() ? "" : organisations.get(0).getGroupZh();
    sb.append("<table class=\"t3\">\n<tr><th colspan=\"3\" rowspan=\"3\" class=\"note\">（")
        .append(esc(String.valueOf(t.getNoteZh()))).append("）</th><th colspan=\"").append(cols.size())
        .append("\">申请人情况</th></tr>\n<tr>");
    boolean groupOpened = false;
    for (ColumnLayout c : cols) {
      if (c.getGroupZh() == null) {
        sb.append("<th rowspan=\"2\">").append(esc(c.getLabelZh())).append("</th>");
      } else if (!groupOpened) {
        sb.append("<th colspan=\"").append(organisations.size()).append("\">").append(esc(String.valueOf(orgGroup)))
            .append("</th>");
        groupOpened = true;
      }
    }
    sb.append("</tr>\n<tr>");
    for (ColumnLayout c : organisations) {
      sb.append("<th>").append(esc(c.getLabelZh())).append("</th>");
    }
    sb.append("</tr>\n");
    List<RowLayout> printed = new ArrayList<>();
    for (RowLayout r : t.getRows()) {
      if (r.isPrinted()) {
        printed.add(r);
      }
    }
    int outcomeRows = 0;
    for (RowLayout r : printed) {
      if (r.getRole() != RowLayout.Role.PLAIN) {
        outcomeRows++;
      }
    }
    boolean outcomeHeader = false;
    String openCategory = null;
    for (RowLayout r : printed) {
      sb.append("<tr>");
      if (r.getRole() == RowLayout.Role.PLAIN) {
        sb.append("<th colspan=\"3\" class=\"row\">").append(esc(r.getPrintedZh())).append("</th>");
      } else {
        if (!outcomeHeader) {
          sb.append("<th rowspan=\"").append(outcomeRows).append("\" class=\"row\">三、")
              .append(esc(String.valueOf(r.getGroupZh()))).append("</th>");
          outcomeHeader = true;
        }
        String parent = r.getParent();
        if (parent == null) {
          sb.append("<th colspan=\"2\" class=\"row\">").append(esc(r.getPrintedZh())).append("</th>");
        } else {
          if (!parent.equals(openCategory)) {
            RowLayout p = t.getRow(parent);
            sb.append("<th rowspan=\"").append(p.getChildren().size()).append("\" class=\"row\">")
                .append(esc(p.getPrintedZh())).append("</th>");
            openCategory = parent;
          }
          sb.append("<th class=\"row\">").append(esc(r.getPrintedZh())).append("</th>");
        }
      }
      for (ColumnLayout c : cols) {
        td(sb, value(report, t, r, c), 1);
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void htmlTable4(StringBuilder sb, AnnualReport report, TableLayout t) {
    List<RowLayout> rows = t.getRows();
    Map<String, List<RowLayout>> groups = new LinkedHashMap<>();
    for (RowLayout r : rows) {
      groups.computeIfAbsent(r.getGroupZh() == null ? "\u0000" + r.getCode() : r.getGroupZh(), k -> new ArrayList<>()).add(r);
    }
    sb.append("<table class=\"t4\">\n<tr>");
    for (Map.Entry<String, List<RowLayout>> g : groups.entrySet()) {
      int span = 0;
      for (RowLayout r : g.getValue()) {
        span += t.getColumns(r.getCode()).size();
      }
      String label = g.getKey().startsWith("\u0000") ? g.getValue().get(0).getLabelZh() : g.getKey();
      sb.append("<th colspan=\"").append(span).append("\">").append(esc(label)).append("</th>");
    }
    sb.append("</tr>\n<tr>");
    for (Map.Entry<String, List<RowLayout>> g : groups.entrySet()) {
      if (g.getKey().startsWith("\u0000")) {
        for (ColumnLayout c : t.getColumns(g.getValue().get(0).getCode())) {
          sb.append("<th rowspan=\"2\">").append(esc(c.getLabelZh())).append("</th>");
        }
      } else {
        for (RowLayout r : g.getValue()) {
          sb.append("<th colspan=\"").append(t.getColumns(r.getCode()).size()).append("\">")
              .append(esc(r.getLabelZh())).append("</th>");
        }
      }
    }
    sb.append("</tr>\n<tr>");
    for (Map.Entry<String, List<RowLayout>> g : groups.entrySet()) {
      if (!g.getKey().startsWith("\u0000")) {
        for (RowLayout r : g.getValue()) {
          for (ColumnLayout c : t.getColumns(r.getCode())) {
            sb.append("<th>").append(esc(c.getLabelZh())).append("</th>");
          }
        }
      }
    }
    sb.append("</tr>\n<tr>");
    for (RowLayout r : rows) {
      for (ColumnLayout c : t.getColumns(r.getCode())) {
        td(sb, value(report, t, r, c), 1);
      }
    }
    sb.append("</tr>\n</table>\n");
  }

  // ---- charts ---------------------------------------------------------------------------------

  private static void charts(StringBuilder sb, AnnualReport report, TableLayout t) {
    Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
    for (OutcomeCategory c : OutcomeCategory.values()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (RowLayout r : t.getRows()) {
        if (r.getRole() == RowLayout.Role.OUTCOME && r.getCategory() == c) {
          CellValue v = report.get(CellAddress.of(ReportTable.TABLE_3, r.getCode(), ColumnLayout.TOTAL));
          if (v.isNumber()) {
            sum = sum.add(v.getNumber());
          }
        }
      }
      outcomes.put(c.getRowNumber() + c.getLabelZh(), sum);
    }
    bars(sb, "本年度办理结果（总计列，按类别）", "chart-outcomes", outcomes, "#3b6ea5");
    Map<String, BigDecimal> applicants = new LinkedHashMap<>();
    for (ColumnLayout c : t.getColumns(RowLayout.NEW)) {
      if (!c.isTotal()) {
        CellValue v = report.get(CellAddress.of(ReportTable.TABLE_3, RowLayout.NEW, c.getCode()));
        applicants.put(c.getLabelZh(), v.isNumber() ? v.getNumber() : BigDecimal.ZERO);
      }
    }
    bars(sb, "本年新收申请（按申请人类别）", "chart-applicants", applicants, "#a5673b");
  }

  private static void bars(StringBuilder sb, String caption, String id, Map<String, BigDecimal> data, String color) {
    int labelWidth = 150;
    int barMax = 380;
    int rowHeight = 26;
    int height = data.size() * rowHeight + 10;
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal v : data.values()) {
      max = max.max(v);
    }
    sb.append("<figure id=\"").append(id).append("\"><figcaption>").append(esc(caption)).append("</figcaption>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barMax + 70)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(esc(caption))
        .append("\" font-size=\"13\">\n");
    int y = 5;
    for (Map.Entry<String, BigDecimal> e : data.entrySet()) {
      long w = max.signum() == 0 ? 0
          : e.getValue().multiply(BigDecimal.valueOf(barMax)).divide(max, 0, java.math.RoundingMode.HALF_UP).longValue();
      sb.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\">").append(esc(e.getKey())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
          .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(color).append("\"/>")
          .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 17).append("\">")
          .append(e.getValue().stripTrailingZeros().toPlainString()).append("</text>\n");
      y += rowHeight;
    }
    sb.append("</svg></figure>\n");
  }

  private static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}

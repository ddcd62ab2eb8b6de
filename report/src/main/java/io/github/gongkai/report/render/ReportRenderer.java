package io.github.gongkai.report.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
import io.github.gongkai.report.render.internal.BarChart;
import io.github.gongkai.report.render.internal.HtmlCell;
import io.github.gongkai.report.render.internal.HtmlPage;
import io.github.gongkai.report.render.internal.HtmlSection;
import io.github.gongkai.report.render.internal.HtmlTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
  /** Package of the Java classes generated from {@code src/main/jte} (see the report POM). */
  private static final String TEMPLATE_PACKAGE = "io.github.gongkai.report.render.internal.jte";

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

  // ---- CSV ------------------------------------------------------------------------------------

  private static String csv(AnnualReport report) {
    List<List<String>> records = new ArrayList<>();
    records.add(List.of("table", "block", "row", "column", "row_zh", "column_zh", "value"));
    for (TableLayout t : report.getLayout().getTables()) {
      for (RowLayout r : shownRows(report, t)) {
        BlockLayout b = t.getBlock(r.getCode());
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          records.add(List.of(
              CsvCells.text(t.getTable().getCode()),
              CsvCells.text(b.getCode()),
              CsvCells.text(r.getCode()),
              CsvCells.text(c.getCode()),
              CsvCells.text(rowLabel(t, r)),
              CsvCells.text(c.getLabelZh()),
              CsvCells.cell(value(report, t, r, c))));
        }
      }
    }
    return CsvCells.write(records);
  }

  // ---- Markdown -------------------------------------------------------------------------------

  private static String markdown(AnnualReport report) {
    ReportLayout l = report.getLayout();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(MarkdownText.paragraph(title(report))).append("\n\n");
    sb.append("格式：").append(MarkdownText.inline(l.getDocumentNumber()))
        .append("《").append(MarkdownText.inline(l.getTitleZh())).append("》\n");
    for (Section s : l.getSections()) {
      sb.append("\n## ").append(MarkdownText.inline(s.getNumber())).append("、")
          .append(MarkdownText.inline(s.getTitleZh())).append("\n");
      String text = report.getSectionTexts().get(s.getNumber());
      if (text != null) {
        String paragraphs = MarkdownText.paragraphs(text);
        if (!paragraphs.isEmpty()) {
          sb.append('\n').append(paragraphs).append('\n');
        }
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
      sb.append("\n| ").append(MarkdownText.cell(corner)).append(" |");
      for (ColumnLayout c : b.getColumns()) {
        String group = c.getGroupZh();
        sb.append(' ').append(MarkdownText.cell(group == null ? c.getLabelZh() : group + "·" + c.getLabelZh()))
            .append(" |");
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
        sb.append("| ").append(MarkdownText.cell(group + rowLabel(t, r))).append(" |");
        for (ColumnLayout c : b.getColumns()) {
          sb.append(' ').append(MarkdownText.cell(value(report, t, r, c).toString())).append(" |");
        }
        sb.append('\n');
      }
    }
    if (t.getNoteZh() != null) {
      sb.append("\n注：").append(MarkdownText.inline(t.getNoteZh())).append('\n');
    }
  }

  // ---- HTML -----------------------------------------------------------------------------------

  /**
   * The precompiled templates of {@code src/main/jte} (translated to Java by the jte Maven plugin and
   * compiled with this module); HTML content type, so every {@code ${}} is escaped for its context.
   */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, ReportRenderer.class.getClassLoader(), TEMPLATE_PACKAGE);

  private static String html(AnnualReport report) {
    return html(htmlPage(report));
  }

  /** Renders a page view model through {@code report.jte}; package-private for the escaping tests. */
  static String html(HtmlPage page) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("report.jte", page, out);
    return out.toString();
  }

  private static HtmlPage htmlPage(AnnualReport report) {
    ReportLayout l = report.getLayout();
    List<HtmlSection> sections = new ArrayList<>();
    for (Section s : l.getSections()) {
      String text = report.getSectionTexts().get(s.getNumber());
      List<String> paragraphs = text == null ? List.of() : List.of(text.strip().split("[\r\n]+"));
      List<HtmlTable> tables = new ArrayList<>();
      for (TableLayout t : l.getTables()) {
        if (t.getTable().getNumeral().equals(s.getNumber())) {
          switch (t.getTable()) {
            case TABLE_2:
              tables.add(new HtmlTable("t2", table2(report, t), List.of()));
              break;
            case TABLE_3:
              tables.add(new HtmlTable("t3", table3(report, t), charts(report, t)));
              break;
            default:
              tables.add(new HtmlTable("t4", table4(report, t), List.of()));
          }
        }
      }
      sections.add(new HtmlSection(s.getNumber(), s.getTitleZh(), paragraphs, tables));
    }
    return new HtmlPage(title(report), l.getDocumentNumber(), l.getTitleZh(), sections);
  }

  private static HtmlCell th(String text) {
    return HtmlCell.header(text, 1, 1, null);
  }

  private static HtmlCell td(CellValue v, int colspan) {
    return HtmlCell.data(v.toString(), colspan);
  }

  private static List<List<HtmlCell>> table2(AnnualReport report, TableLayout t) {
    int width = 0;
    for (BlockLayout b : t.getBlocks()) {
      width = Math.max(width, b.getColumns().size());
    }
    List<List<HtmlCell>> rows = new ArrayList<>();
    for (BlockLayout b : t.getBlocks()) {
      int n = b.getColumns().size();
      int span = width / n;
      int last = width - span * (n - 1);
      rows.add(List.of(HtmlCell.header(String.valueOf(b.getLabelZh()), width + 1, 1, null)));
      List<HtmlCell> head = new ArrayList<>();
      head.add(th("信息内容"));
      for (int i = 0; i < n; i++) {
        head.add(HtmlCell.header(b.getColumns().get(i).getLabelZh(), i == n - 1 ? last : span, 1, null));
      }
      rows.add(head);
      for (RowLayout r : b.getRows()) {
        List<HtmlCell> row = new ArrayList<>();
        row.add(HtmlCell.header(r.getLabelZh(), 1, 1, "row"));
        for (int i = 0; i < n; i++) {
          row.add(td(value(report, t, r, b.getColumns().get(i)), i == n - 1 ? last : span));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<HtmlCell>> table3(AnnualReport report, TableLayout t) {
    List<ColumnLayout> cols = t.getColumns(RowLayout.NEW);
    List<ColumnLayout> organisations = new ArrayList<>();
    for (ColumnLayout c : cols) {
      if (c.getGroupZh() != null) {
        organisations.add(c);
      }
    }
    String orgGroup = organisations.isEmpty() ? "" : organisations.get(0).getGroupZh();
    List<List<HtmlCell>> rows = new ArrayList<>();
    rows.add(List.of(
        HtmlCell.header("（" + t.getNoteZh() + "）", 3, 3, "note"),
        HtmlCell.header("申请人情况", cols.size(), 1, null)));
    List<HtmlCell> groups = new ArrayList<>();
    boolean groupOpened = false;
    for (ColumnLayout c : cols) {
      if (c.getGroupZh() == null) {
        groups.add(HtmlCell.header(c.getLabelZh(), 1, 2, null));
      } else if (!groupOpened) {
        groups.add(HtmlCell.header(String.valueOf(orgGroup), organisations.size(), 1, null));
        groupOpened = true;
      }
    }
    rows.add(groups);
    List<HtmlCell> organisationHeads = new ArrayList<>();
    for (ColumnLayout c : organisations) {
      organisationHeads.add(th(c.getLabelZh()));
    }
    rows.add(organisationHeads);
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
      List<HtmlCell> row = new ArrayList<>();
      if (r.getRole() == RowLayout.Role.PLAIN) {
        row.add(HtmlCell.header(r.getPrintedZh(), 3, 1, "row"));
      } else {
        if (!outcomeHeader) {
          row.add(HtmlCell.header("三、" + r.getGroupZh(), 1, outcomeRows, "row"));
          outcomeHeader = true;
        }
        String parent = r.getParent();
        if (parent == null) {
          row.add(HtmlCell.header(r.getPrintedZh(), 2, 1, "row"));
        } else {
          if (!parent.equals(openCategory)) {
            RowLayout p = t.getRow(parent);
            row.add(HtmlCell.header(p.getPrintedZh(), 1, p.getChildren().size(), "row"));
            openCategory = parent;
          }
          row.add(HtmlCell.header(r.getPrintedZh(), 1, 1, "row"));
        }
      }
      for (ColumnLayout c : cols) {
        row.add(td(value(report, t, r, c), 1));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<HtmlCell>> table4(AnnualReport report, TableLayout t) {
    List<RowLayout> rows = t.getRows();
    Map<String, List<RowLayout>> groups = new LinkedHashMap<>();
    for (RowLayout r : rows) {
      groups.computeIfAbsent(r.getGroupZh() == null ? "\u0000" + r.getCode() : r.getGroupZh(), k -> new ArrayList<>()).add(r);
    }
    List<HtmlCell> first = new ArrayList<>();
    List<HtmlCell> second = new ArrayList<>();
    List<HtmlCell> third = new ArrayList<>();
    List<HtmlCell> values = new ArrayList<>();
    for (Map.Entry<String, List<RowLayout>> g : groups.entrySet()) {
      boolean single = g.getKey().startsWith("\u0000");
      int span = 0;
      for (RowLayout r : g.getValue()) {
        span += t.getColumns(r.getCode()).size();
      }
      first.add(HtmlCell.header(single ? g.getValue().get(0).getLabelZh() : g.getKey(), span, 1, null));
      if (single) {
        for (ColumnLayout c : t.getColumns(g.getValue().get(0).getCode())) {
          second.add(HtmlCell.header(c.getLabelZh(), 1, 2, null));
        }
      } else {
        for (RowLayout r : g.getValue()) {
          second.add(HtmlCell.header(r.getLabelZh(), t.getColumns(r.getCode()).size(), 1, null));
          for (ColumnLayout c : t.getColumns(r.getCode())) {
            third.add(th(c.getLabelZh()));
          }
        }
      }
    }
    for (RowLayout r : rows) {
      for (ColumnLayout c : t.getColumns(r.getCode())) {
        values.add(td(value(report, t, r, c), 1));
      }
    }
    return List.of(first, second, third, values);
  }

  // ---- charts ---------------------------------------------------------------------------------

  private static List<BarChart> charts(AnnualReport report, TableLayout t) {
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
    Map<String, BigDecimal> applicants = new LinkedHashMap<>();
    for (ColumnLayout c : t.getColumns(RowLayout.NEW)) {
      if (!c.isTotal()) {
        CellValue v = report.get(CellAddress.of(ReportTable.TABLE_3, RowLayout.NEW, c.getCode()));
        applicants.put(c.getLabelZh(), v.isNumber() ? v.getNumber() : BigDecimal.ZERO);
      }
    }
    return List.of(
        bars("本年度办理结果（总计列，按类别）", "chart-outcomes", outcomes, "#3b6ea5"),
        bars("本年新收申请（按申请人类别）", "chart-applicants", applicants, "#a5673b"));
  }

  private static BarChart bars(String caption, String id, Map<String, BigDecimal> data, String color) {
    int labelWidth = 150;
    int barMax = 380;
    int rowHeight = 26;
    int height = data.size() * rowHeight + 10;
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal v : data.values()) {
      max = max.max(v);
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    int y = 5;
    for (Map.Entry<String, BigDecimal> e : data.entrySet()) {
      long w = max.signum() == 0 ? 0
          : e.getValue().multiply(BigDecimal.valueOf(barMax)).divide(max, 0, RoundingMode.HALF_UP).longValue();
      bars.add(new BarChart.Bar(e.getKey(), labelWidth - 6, y + 17, labelWidth, y + 4, w, rowHeight - 8,
          labelWidth + w + 6, e.getValue().stripTrailingZeros().toPlainString()));
      y += rowHeight;
    }
    return new BarChart(id, caption, labelWidth + barMax + 70, height, color, bars);
  }
}

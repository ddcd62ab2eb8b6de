package io.github.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.render.internal.BarChart;
import io.github.gongkai.report.render.internal.HtmlCell;
import io.github.gongkai.report.render.internal.HtmlPage;
import io.github.gongkai.report.render.internal.HtmlSection;
import io.github.gongkai.report.render.internal.HtmlTable;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in every output: markup, quotes, {@code &}, the end of the style element, the end of
 * a CDATA section and text that would close the SVG. The HTML is read back with an HTML5 parser
 * (jsoup), which must find exactly the text that went in and no element that did not.
 */
class RenderEscapingTest {
  static final String HOSTILE =
      "<script>alert(\"x\")</script> & 'q' </style> ]]> </text></svg><svg onload=alert(1)> a|b \\ `c` *d* [e](f)";

  /** The sample report, with a hostile agency name and section texts (through the JSON reader). */
  static AnnualReport hostileReport() {
    AnnualReport sample = ReportRendererTest.sample();
    String json = ReportJson.write(sample).replace("\"" + sample.getAgency() + "\"", jsonString(HOSTILE));
    return ReportJson.read(json, io.github.gongkai.report.TestCodecs.JACKSON2).toBuilder()
        .sectionText("一", HOSTILE)
        .sectionText("五", "第一段 " + HOSTILE + "\r\n\r\n第二段 </p><p>")
        .build();
  }

  private static String jsonString(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  @Test
  void html_prints_hostile_report_text_as_text() {
    AnnualReport report = hostileReport();
    assertThat(report.getAgency()).isEqualTo(HOSTILE);
    String html = ReportRenderer.render(report, RenderFormat.HTML);
    Document doc = Jsoup.parse(html);
    String title = HOSTILE + "2024年政府信息公开工作年度报告";
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.selectFirst("h1").text()).isEqualTo(normalised(title));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("svg")).hasSize(2);
    assertThat(doc.select("svg[onload]")).isEmpty();
    assertThat(doc.select("h2")).hasSize(6);
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("body > p:not(.format)")) {
      paragraphs.add(p.text());
    }
    assertThat(paragraphs).containsExactly(
        normalised(HOSTILE), normalised("第一段 " + HOSTILE), "第二段 </p><p>");
    // escaped in the source too (no raw end of CDATA / style outside the one real style element)
    assertThat(html).doesNotContain("]]>").doesNotContain("<script").containsOnlyOnce("</style>");
  }

  @Test
  void template_escapes_every_context_of_the_page_model() {
    String h = HOSTILE;
    HtmlTable table = new HtmlTable(h,
        List.of(List.of(HtmlCell.header(h, 2, 3, h), HtmlCell.data(h, 2))),
        List.of(new BarChart(h, h, 600, 40, h,
            List.of(new BarChart.Bar(h, 144, 22, 150, 9, 45, 18, 201, h)))));
    String html = ReportRenderer.html(new HtmlPage(h, h, h, List.of(new HtmlSection(h, h, List.of(h), List.of(table)))));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("svg")).hasSize(1);
    assertThat(doc.select("svg *")).hasSize(3);
    assertThat(doc.select("table")).hasSize(1);
    Element t = doc.selectFirst("table");
    assertThat(t.attr("class")).isEqualTo(h);
    Element th = doc.selectFirst("th");
    assertThat(th.text()).isEqualTo(normalised(h));
    assertThat(th.attr("class")).isEqualTo(h);
    assertThat(th.attr("colspan")).isEqualTo("2");
    assertThat(th.attr("rowspan")).isEqualTo("3");
    assertThat(doc.selectFirst("td").text()).isEqualTo(normalised(h));
    assertThat(doc.selectFirst("td").hasAttr("rowspan")).isFalse();
    Element figure = doc.selectFirst("figure");
    assertThat(figure.id()).isEqualTo(h);
    assertThat(figure.selectFirst("figcaption").text()).isEqualTo(normalised(h));
    Element svg = figure.selectFirst("svg");
    assertThat(svg.attr("aria-label")).isEqualTo(h);
    assertThat(svg.select("text")).extracting(Element::text).containsExactly(normalised(h), normalised(h));
    assertThat(svg.selectFirst("rect").attr("fill")).isEqualTo(h);
    assertThat(svg.selectFirst("rect").attr("width")).isEqualTo("45");
    // in element text, < > & are escaped, so a CDATA section can neither be opened nor closed
    assertThat(html).doesNotContain("<script").doesNotContain("</text></svg>").containsOnlyOnce("</style>");
  }

  @Test
  void markdown_prints_hostile_text_literally() {
    String md = ReportRenderer.render(hostileReport(), RenderFormat.MARKDOWN);
    String escaped = "\\<script\\>alert(\"x\")\\</script\\> \\& 'q' \\</style\\> \\]\\]\\> "
        + "\\</text\\>\\</svg\\>\\<svg onload=alert(1)\\> a\\|b \\\\ \\`c\\` \\*d\\* \\[e\\](f)";
    assertThat(md).startsWith("# " + escaped + "2024年政府信息公开工作年度报告\n\n");
    assertThat(md).contains("## 一、总体情况\n\n" + escaped + "\n\n## 二、");
    assertThat(md).contains("## 五、存在的主要问题及改进情况\n\n第一段 " + escaped + "\n\n第二段 \\</p\\>\\<p\\>\n\n## 六、");
    // every < in the document is backslash-escaped; no | from the text reaches a table
    assertThat(md).doesNotContainPattern("(?<!\\\\)<").doesNotContain("a|b");
  }

  static Stream<Arguments> markdownEscapes() {
    UnaryOperator<String> cell = MarkdownText::cell;
    UnaryOperator<String> paragraph = MarkdownText::paragraph;
    return Stream.of(
        // cells: pipes, backslashes and line breaks
        Arguments.of(cell, "a|b", "a\\|b"),
        Arguments.of(cell, "C:\\dir\\|x", "C:\\\\dir\\\\\\|x"),
        Arguments.of(cell, "one\ntwo\r\nthree\rfour", "one<br>two<br>three<br>four"),
        Arguments.of(cell, "<br>", "\\<br\\>"),
        Arguments.of(cell, "1.属于国家秘密", "1.属于国家秘密"),
        // paragraphs stay paragraphs
        Arguments.of(paragraph, "# 不是标题", "\\# 不是标题"),
        Arguments.of(paragraph, "- 不是列表", "\\- 不是列表"),
        Arguments.of(paragraph, "2024. 不是列表", "2024\\. 不是列表"),
        Arguments.of(paragraph, "3) 不是列表", "3\\) 不是列表"),
        Arguments.of(paragraph, "2024年", "2024年"),
        Arguments.of((UnaryOperator<String>) MarkdownText::paragraphs, "甲\n\n\n乙\r\n丙\r", "甲\n\n乙\n\n丙"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("markdownEscapes")
  void markdown_cells_and_paragraphs_print_their_text_literally(
      UnaryOperator<String> escape, String text, String markdown) {
    assertThat(escape.apply(text)).isEqualTo(markdown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "-"})
  void csv_text_cells_that_a_spreadsheet_would_evaluate_get_a_quote_prefix(String text) {
    assertThat(CsvCells.text(text)).isEqualTo("'" + text);
    String csv = CsvCells.write(List.of(List.of(CsvCells.text(text), "b")));
    assertThat(parse(csv)).containsExactly(List.of("'" + text, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a=1", "1-2", "规章", "/", "'=x", " =x"})
  void csv_other_text_is_unchanged(String text) {
    assertThat(CsvCells.text(text)).isEqualTo(text);
  }

  @Test
  void csv_numbers_are_never_prefixed() {
    assertThat(CsvCells.cell(CellValue.ofPrinted(new BigDecimal("-1")))).isEqualTo("-1");
    assertThat(CsvCells.cell(CellValue.ofPrinted(new BigDecimal("-0.5")))).isEqualTo("-0.5");
    assertThat(CsvCells.cell(CellValue.NOT_APPLICABLE)).isEqualTo("/");
    assertThat(CsvCells.cell(CellValue.BLANK)).isEmpty();
    AnnualReport report = ReportRendererTest.sample().toBuilder()
        .set(ReportTable.TABLE_3, "new", "natural-person", CellValue.ofPrinted(new BigDecimal("-1")))
        .build();
    String csv = ReportRenderer.render(report, RenderFormat.CSV);
    assertThat(csv).contains("table3,main,new,natural-person,一、本年新收政府信息公开申请数量,自然人,-1\n");
  }

  @Test
  void csv_quotes_cr_lf_quotes_and_commas() {
    List<List<String>> records = List.of(
        List.of("a\rb", "c\nd", "e\r\nf", "say \"hi\"", "x,y", "plain"),
        List.of("", "末", " lead", "trail ", "#", "/"));
    String csv = CsvCells.write(records);
    assertThat(csv).isEqualTo(
        "\"a\rb\",\"c\nd\",\"e\r\nf\",\"say \"\"hi\"\"\",\"x,y\",plain\n"
            + "\"\",末,\" lead\",\"trail \",\"#\",/\n");
    assertThat(parse(csv)).containsExactlyElementsOf(records);
  }

  private static List<List<String>> parse(String csv) {
    List<List<String>> out = new ArrayList<>();
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get()) {
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  /** What jsoup's {@code text()} returns: white space collapsed and trimmed. */
  private static String normalised(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}

package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.check.CheckRule;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real pages of {@code real/} changed the way other published reports differ: misprinted labels
 * and headings, a label that matches nothing, mixed formats, （六） printed as one row, runs that only
 * the column identities decide.
 */
class ReadVariantsTest {
  private static final String GAJ_SIX =
      "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请10000012.申请人逾期未按收费通知要求缴纳费用、"
          + "行政机关不再处理其政府信息公开申请00000003.其他0000000";

  private static String gaj() throws IOException {
    return RealReportsTest.resource("pingtan-gaj-2022/page.txt");
  }

  private static ReadResult text(String content) {
    return ReportReader.standard().read(content, SourceFormat.TEXT);
  }

  /** The log's splits as "row by cells". */
  private static List<String> splitLog(ReadResult r) {
    List<String> out = new java.util.ArrayList<>();
    for (Object o : (List<?>) r.toLogDocument().get("splits")) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(m.get("row") + " " + m.get("by") + " " + m.get("cells"));
    }
    return out;
  }

  private static List<Finding> warnings(ReadResult r, CheckRule rule) {
    return r.getFindings().stream().filter(f -> f.getRule() == rule).toList();
  }

  @Test
  void the_real_pages_read_with_exact_or_normalised_labels_only() throws IOException {
    for (String[] f : new String[][] {{"pingtan-2024", "page.html"}, {"pingtan-gaj-2022", "page.txt"}, {"pingtan-jtj-2024", "page.txt"}}) {
      ReadResult r = RealReportsTest.read(f[0], f[1]);
      assertThat(r.getFindings()).as(f[0]).allSatisfy(x -> assertThat(x.getRule()).isEqualTo(CheckRule.READ_CELLS));
      assertThat(r.getProblems()).hasSize(f[0].equals("pingtan-jtj-2024") ? 1 : 0);
      assertThat(r.getLabels()).isNotEmpty().allSatisfy(l -> assertThat(l.getKind().isWarning()).isFalse());
      assertThat(r.isMixed()).isFalse();
    }
  }

  @Test
  void the_ambiguous_table_2_row_of_the_real_text_is_reported_with_its_three_splits() throws IOException {
    ReadResult r = RealReportsTest.read("pingtan-jtj-2024", "page.txt");
    assertThat(r.getProblems()).hasSize(1);
    ReadProblem p = r.getProblems().get(0);
    assertThat(p.getTable()).isEqualTo(ReportTable.TABLE_2);
    assertThat(p.getRow()).isEqualTo("normative-documents");
    assertThat(p.getText()).isEqualTo("3123");
    assertThat(p.getKind()).isEqualTo(ReadProblem.Kind.AMBIGUOUS);
    assertThat(p.getCandidates()).containsExactlyInAnyOrder(List.of("3", "1", "23"), List.of("3", "12", "3"), List.of("31", "2", "3"));
    Finding f = warnings(r, CheckRule.READ_CELLS).get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(f.getCells()).extracting(Object::toString).containsExactly(
        "table2/normative-documents/issued", "table2/normative-documents/repealed", "table2/normative-documents/in-force");
    assertThat(f.getValues()).containsOnly(CellValue.BLANK);
    assertThat(f.getMessageZh()).contains("3123").contains("3 种拆分");
    // the rows split by their identity are in the log, with how
    assertThat(splitLog(r)).contains("withheld-internal-affairs row-identity [32, 0, 0, 0, 0, 0, 32]");
  }

  @Test
  void misprinted_labels_and_heading_are_read_as_near_misses_and_reported_as_warnings() throws IOException {
    String page = gaj()
        .replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
        .replace("本年废止件数", "本年废纸件数")
        .replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况");
    ReadResult misprinted = text(page);
    assertThat(misprinted.getReport()).isEqualTo(text(gaj()).getReport());
    List<Finding> w = warnings(misprinted, CheckRule.READ_LABEL);
    assertThat(w).hasSize(3).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    assertThat(w).extracting(Finding::getMessageZh).anySatisfy(m -> assertThat(m).contains("2.其他法律行政止公开").contains("编辑距离 3"))
        .anySatisfy(m -> assertThat(m).contains("本年废纸件数"))
        .anySatisfy(m -> assertThat(m).contains("四、政府信息公开行政法复议、行政诉讼情况"));
    Finding row = w.stream().filter(f -> !f.getCells().isEmpty()).findFirst().orElseThrow();
    assertThat(row.getCells()).hasSize(7).allSatisfy(c -> assertThat(c.getRow()).isEqualTo("withheld-prohibited-by-law"));
    assertThat(misprinted.getLabels()).filteredOn(l -> l.getKind() == MatchKind.NEAR_MISS)
        .extracting(LabelMatch::getCode).containsExactlyInAnyOrder("withheld-prohibited-by-law", "repealed", "table4");
  }

  @Test
  void a_label_that_matches_nothing_is_read_by_its_position() throws IOException {
    ReadResult r = text(gaj().replace("4.保护第三方合法权益", "4.甲乙丙丁戊己庚"));
    assertThat(r.getReport()).isEqualTo(text(gaj()).getReport());
    LabelMatch m = r.getLabels().stream().filter(l -> l.getKind() == MatchKind.POSITION).findFirst().orElseThrow();
    assertThat(m.getCode()).isEqualTo("withheld-third-party-rights");
    assertThat(warnings(r, CheckRule.READ_LABEL)).hasSize(1);
  }

  @Test
  void an_extra_row_that_is_no_row_of_the_table_is_reported_not_read_in_place_of_the_next() throws IOException {
    ReadResult r = text(gaj().replace("3.危及“三安全一稳定”", "其中：甲乙丙丁戊己0000000" + "3.危及“三安全一稳定”"));
    assertThat(r.getReport()).isEqualTo(text(gaj()).getReport());
    assertThat(r.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getReason()).isEqualTo("a row that is not in the table");
      assertThat(p.getPrinted()).contains("甲乙丙丁戊己");
    });
    assertThat(r.getLabels()).noneMatch(l -> l.getKind() == MatchKind.POSITION);
  }

  @Test
  void columns_printed_in_another_order_are_read_by_their_headers() {
    String html = "<html><head><title>某局2024年度政府信息公开工作年度报告</title></head><body><table>"
        + "<tr><td>行政复议</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td></tr>"
        + "<tr><td>行政复议</td><td>7</td><td>2</td><td>1</td><td>3</td><td>1</td></tr></table></body></html>";
    ReadResult r = ReportReader.standard().read(html, SourceFormat.HTML);
    assertThat(r.getReport().get(ReportTable.TABLE_4, "review", "total")).isEqualTo(CellValue.ofCount(7));
    assertThat(r.getReport().get(ReportTable.TABLE_4, "review", "maintained")).isEqualTo(CellValue.ofCount(2));
    ReadResult twice = ReportReader.standard().read(html.replace("<td>结果纠正</td>", "<td>结果维持</td>"), SourceFormat.HTML);
    assertThat(twice.getReport().getFilledCells()).isEmpty();
    assertThat(twice.getProblems()).singleElement().satisfies(p -> assertThat(p.getReason()).contains("twice"));
  }

  @Test
  void a_misprint_in_a_web_page_is_a_near_miss_and_every_cell_is_still_read() throws IOException {
    String html = RealReportsTest.resource("pingtan-2024/page.html");
    ReadResult r = ReportReader.standard().read(html.replace("2.其他法律行政法规禁止公开", "2、其他法律行政止公开"), SourceFormat.HTML);
    assertThat(r.getReport()).isEqualTo(ReportReader.standard().read(html, SourceFormat.HTML).getReport());
    assertThat(r.getLabels()).filteredOn(l -> l.getKind() == MatchKind.NEAR_MISS).extracting(LabelMatch::getPrinted)
        .containsExactly("2、其他法律行政止公开");
  }

  @Test
  void a_2019_table_2_with_a_2021_table_3_is_read_as_mixed() throws IOException {
    String html = RealReportsTest.resource("pingtan-2024/page.html")
        .replace("本年制发件数", "本年新制作数量").replace("本年废止件数", "本年新公开数量").replace("现行有效件数", "对外公开总数量")
        .replace(">行政规范性文件<", ">规范性文件<").replace("本年处理决定数量", "处理决定数量");
    ReadResult r = ReportReader.standard().read(html, SourceFormat.HTML);
    assertThat(r.isMixed()).isTrue();
    assertThat(r.getTableFormats()).containsEntry(ReportTable.TABLE_2, ReportFormat.TRIAL_2019)
        .containsEntry(ReportTable.TABLE_3, ReportFormat.FORMAT_2021);
    AnnualReport report = r.getReport();
    assertThat(report.getFormat()).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(report.getFilledCells().keySet()).noneMatch(a -> a.getTable() == ReportTable.TABLE_2);
    assertThat(report.get(ReportTable.TABLE_3, "new", "total")).isEqualTo(CellValue.ofCount(218));
    assertThat(warnings(r, CheckRule.READ_FORMAT)).hasSize(1);
    assertThat(r.toLogDocument()).containsEntry("mixed", true);
  }

  @Test
  void a_single_row_six_in_a_2021_report_leaves_its_sub_rows_unknown() throws IOException {
    assertThat(gaj()).contains(GAJ_SIX);
    ReadResult r = text(gaj().replace(GAJ_SIX, "（六）其他处理1000001"));
    AnnualReport report = r.getReport();
    assertThat(report.getFormat()).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(report.get(ReportTable.TABLE_3, "all-other", "natural-person")).isEqualTo(CellValue.ofCount(1));
    assertThat(report.get(ReportTable.TABLE_3, "other-correction-not-made", "natural-person").isBlank()).isTrue();
    assertThat(report.get(ReportTable.TABLE_3, "other", "total").isBlank()).isTrue();
    assertThat(warnings(r, CheckRule.READ_FORMAT)).singleElement()
        .satisfies(f -> assertThat(f.getMessageZh()).contains("（六）其他处理"));
    assertThat(io.github.gongkai.report.check.ReportChecker.standard().check(report).getFindings()).isEmpty();
  }

  @Test
  void a_2019_table_2_with_a_single_row_six_is_the_2019_trial_format() throws IOException {
    String page = gaj().replace(GAJ_SIX, "（六）其他处理1000001")
        .replace("本年制发件数本年废止件数现行有效件数", "本年新制作数量本年新公开数量对外公开总数量")
        .replace("行政规范性文件417", "规范性文件417");
    ReadResult r = text(page);
    assertThat(r.isMixed()).isFalse();
    AnnualReport report = r.getReport();
    assertThat(report.getFormat()).isEqualTo(ReportFormat.TRIAL_2019);
    assertThat(report.get(ReportTable.TABLE_2, "normative-documents", "published")).isEqualTo(CellValue.ofCount(1));
    assertThat(report.get(ReportTable.TABLE_3, "all-other", "total")).isEqualTo(CellValue.ofCount(1));
    assertThat(warnings(r, CheckRule.READ_FORMAT)).isEmpty();
    // 行政许可 has three columns in the trial format; its one printed digit cannot fill them
    assertThat(r.getProblems()).extracting(ReadProblem::getRow).contains("licensing");
    assertThat(report.get(ReportTable.TABLE_2, "licensing", "decisions").isBlank()).isTrue();
  }

  @Test
  void a_run_the_row_identity_leaves_ambiguous_is_decided_by_the_column_identities() throws IOException {
    // 一 = 11 natural persons: "110000011" also splits as 1, 10, 0 … 11, which the row identity allows;
    // only 一 + 二 = （七） + 四 (with （七） = 12) decides it
    String page = gaj()
        .replace("一、本年新收政府信息公开申请数量1000001", "一、本年新收政府信息公开申请数量110000011")
        .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）1000001", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）110000011")
        .replace("（七）总计2000002", "（七）总计120000012");
    ReadResult r = text(page);
    assertThat(r.getProblems()).isEmpty();
    assertThat(r.getReport().get(ReportTable.TABLE_3, "new", "natural-person")).isEqualTo(CellValue.ofCount(11));
    assertThat(r.getReport().get(ReportTable.TABLE_3, "new", "commercial-enterprise")).isEqualTo(CellValue.ZERO);
    assertThat(splitLog(r)).contains("new column-identity [11, 0, 0, 0, 0, 0, 11]");
  }

  @Test
  void a_run_no_identity_decides_is_left_blank_and_listed() throws IOException {
    // （一） = 11 is not tied to a total that is read: both splits fit every identity available
    String page = gaj()
        .replace("一、本年新收政府信息公开申请数量1000001", "一、本年新收政府信息公开申请数量110000011")
        .replace("（一）予以公开0000000", "（一）予以公开110000011")
        .replace("（七）总计2000002", "（七）总计120000012")
        .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）1000001", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）1/0000/");
    ReadResult r = text(page);
    assertThat(r.getProblems()).extracting(ReadProblem::getRow).contains("released");
    assertThat(r.getReport().get(ReportTable.TABLE_3, "released", "natural-person").isBlank()).isTrue();
    assertThat(r.getProblems()).filteredOn(p -> p.getRow().equals("released")).singleElement()
        .satisfies(p -> assertThat(p.getCandidates()).contains(List.of("11", "0", "0", "0", "0", "0", "11"), List.of("1", "10", "0", "0", "0", "0", "11")));
  }

  @Test
  void a_page_without_tables_or_title_year_is_refused() {
    assertThatThrownBy(() -> ReportReader.standard().read("<html><body><p>x</p></body></html>", SourceFormat.HTML))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("none was found");
    assertThatThrownBy(() -> ReportReader.standard().read(
            "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000", SourceFormat.TEXT))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("year");
    ReadResult given = ReportReader.standard().withYear(2023).withAgency("某局").read(
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000", SourceFormat.TEXT);
    assertThat(given.getReport().getAgency()).isEqualTo("某局");
    assertThat(given.getReport().get(ReportTable.TABLE_2, "rules", "issued")).isEqualTo(CellValue.ZERO);
  }

  @Test
  void the_source_format_is_detected_from_the_name_or_the_content() {
    assertThat(SourceFormat.detect("a.HTM", "")).isEqualTo(SourceFormat.HTML);
    assertThat(SourceFormat.detect("a.txt", "<table>")).isEqualTo(SourceFormat.TEXT);
    assertThat(SourceFormat.detect("page", "<!DOCTYPE html><p>")).isEqualTo(SourceFormat.HTML);
    assertThat(SourceFormat.detect("page", "标题: 某局2024年报告")).isEqualTo(SourceFormat.TEXT);
  }
}

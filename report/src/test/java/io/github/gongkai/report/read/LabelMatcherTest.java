package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.TableLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
  private static final TableLayout T2 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_2);
  private static final TableLayout T3 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
  private static final TableLayout T4 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_4);
  private final LabelMatcher rows = LabelMatcher.rows(T3);

  @Test
  void the_standard_label_matches_exactly() {
    LabelMatch m = rows.match("一、本年新收政府信息公开申请数量", null).orElseThrow();
    assertThat(m.getCode()).isEqualTo("new");
    assertThat(m.getKind()).isEqualTo(MatchKind.EXACT);
    assertThat(rows.match("（七）总计", null).orElseThrow().getCode()).isEqualTo("total");
    assertThat(rows.match("3.其他", null).orElseThrow().getCode()).isEqualTo("other");
  }

  @Test
  void numbering_width_spaces_and_merged_cell_order_match_after_normalisation() {
    assertThat(match("1、属于国家秘密")).isEqualTo("withheld-state-secret/normalised");
    assertThat(match("(三)不予公开1.属于国家秘密")).isEqualTo("withheld-state-secret/normalised");
    assertThat(match("（三）不予公开 1.属于国家秘密")).isEqualTo("withheld-state-secret/normalised");
    assertThat(match("（三）1")).isEqualTo("withheld-state-secret/exact");
    assertThat(match("二、上年结转政府信息\n公开申请数量")).isEqualTo("carried-over/normalised");
    // a category printed as one row (the 2019 trial format's （六）)
    assertThat(match("（六）其他处理")).isEqualTo("all-other/exact");
  }

  @Test
  void misprints_are_near_misses_with_their_distance() {
    LabelMatch m = rows.match("2.其他法律行政止公开", null).orElseThrow();
    assertThat(m.getCode()).isEqualTo("withheld-prohibited-by-law");
    assertThat(m.getKind()).isEqualTo(MatchKind.NEAR_MISS);
    assertThat(m.getDistance()).isEqualTo(3);
    assertThat(m.getPrinted()).isEqualTo("2.其他法律行政止公开");
    assertThat(m.getStandard()).isEqualTo("（三）2.其他法律行政法规禁止公开");
    LabelMatcher columns = LabelMatcher.columns(T2, T2.getBlock("rules"));
    LabelMatch c = columns.match("本年废纸件数", null).orElseThrow();
    assertThat(c.getCode()).isEqualTo("repealed");
    assertThat(c.getKind()).isEqualTo(MatchKind.NEAR_MISS);
    assertThat(c.getDistance()).isEqualTo(1);
  }

  @Test
  void renderer_labels_and_half_width_colon_are_recognised() {
    LabelMatcher t4 = LabelMatcher.rows(T4);
    assertThat(t4.match("行政诉讼·未经复议直接起诉", null).orElseThrow().getCode()).isEqualTo("litigation-direct");
    LabelMatcher applicants = LabelMatcher.columns(T3, T3.getBlock("new"));
    assertThat(applicants.match("法人或其他组织·商业企业", null).orElseThrow().getCode()).isEqualTo("commercial-enterprise");
    LabelMatcher fees = LabelMatcher.columns(T2, T2.getBlock("fees"));
    LabelMatch m = fees.match("本年收费金额(单位:万元)", null).orElseThrow();
    assertThat(m.getCode()).isEqualTo("amount");
    assertThat(m.getKind()).isEqualTo(MatchKind.NORMALISED);
  }

  @Test
  void nothing_close_matches_nothing_and_then_position_decides() {
    assertThat(rows.match("合计", null)).isEmpty();
    assertThat(rows.match("本年度接到的信访件", null)).isEmpty();
    LabelMatch p = rows.byPosition("合计", "total");
    assertThat(p.getKind()).isEqualTo(MatchKind.POSITION);
    assertThat(p.getKind().isWarning()).isTrue();
    assertThat(p.getDistance()).isEqualTo(-1);
  }

  @Test
  void a_near_miss_as_close_to_two_labels_is_no_match() {
    LabelMatcher m = LabelMatcher.of(ReportTable.TABLE_3, LabelMatch.Axis.ROW,
        Map.of("a", List.of("甲乙丙丁戊"), "b", List.of("甲乙丙丁己")));
    assertThat(m.match("甲乙丙丁庚", null)).isEmpty();
    // the row expected at this place wins a tie
    assertThat(m.match("甲乙丙丁庚", "b").orElseThrow().getCode()).isEqualTo("b");
  }

  @Test
  void a_label_at_the_end_of_flattened_text_is_found_with_what_precedes_it() {
    Optional<LabelMatcher.SuffixMatch> m = rows.matchSuffix("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量", "new");
    assertThat(m.orElseThrow().match().getCode()).isEqualTo("new");
    assertThat(m.orElseThrow().context()).startsWith("申请人情况").endsWith("其他");
    assertThat(rows.matchSuffix("（四）无法提供 1.本机关不掌握相关政府信息", null).orElseThrow().match().getCode())
        .isEqualTo("cannot-provide-not-held");
    LabelMatcher.SuffixMatch near = rows.matchSuffix("2.其他法律行政止公开", "withheld-prohibited-by-law").orElseThrow();
    assertThat(near.match().getKind()).isEqualTo(MatchKind.NEAR_MISS);
  }

  @Test
  void a_misprinted_table_heading_is_found_in_text_by_edit_distance() {
    String text = "四、结转下年度继续办理0000000四、政府信息公开行政法复议、行政诉讼情况行政复议";
    int[] found = PageTables.find(text, "四、政府信息公开行政复议、行政诉讼情况", 0);
    assertThat(found).isNotNull();
    assertThat(text.substring(found[0], found[1])).isEqualTo("四、政府信息公开行政法复议、行政诉讼情况");
    assertThat(found[2]).isEqualTo(1);
  }

  private String match(String printed) {
    LabelMatch m = rows.match(printed, null).orElseThrow();
    return m.getCode() + "/" + m.getKind().getCode();
  }
}

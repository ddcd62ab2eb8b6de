package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.Samples;
import io.github.gongkai.report.TestCodecs;
import io.github.gongkai.report.check.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CategoryCheckTest {
  static CategoryTable table(String sample) {
    return Samples.categoryTable(sample);
  }

  private static List<String> rules(CategoryCheck c) {
    return c.getFindings().stream().map(f -> f.getRule().getCode() + " " + f.getLabel()).collect(Collectors.toList());
  }

  @Test
  void seed_pian3_flags_exactly_its_three_misprints_rounded_on_their_own() {
    CategoryCheck c = CategoryCheck.of(table("categories-pian3.tsv"), ShareMethod.ROUND);
    assertThat(c.getDenominator()).isEqualTo(183L);
    // the one unprinted count (四项制度专) is the total less the other fifteen categories: 183 - 182
    CategoryRow derived = c.getRows().get(13);
    assertThat(derived.getLabel()).isEqualTo("四项制度专");
    assertThat(derived.isDerived()).isTrue();
    assertThat(derived.getCount()).isEqualTo(PrintedFigure.exact(1));
    List<CategoryFinding> misprints = c.getFindings().stream()
        .filter(f -> f.getRule() == CategoryRule.SHARE_MISPRINT).collect(Collectors.toList());
    assertThat(misprints).extracting(CategoryFinding::getLabel).containsExactly("国土执法", "公开监督", "四项制度专");
    assertThat(misprints).extracting(f -> f.getPrinted().getText()).containsExactly("10.92%", "0.54%", "0.54%");
    assertThat(misprints).extracting(f -> f.getExpected().toPlainString()).containsExactly("10.93", "0.55", "0.55");
    assertThat(misprints).extracting(f -> f.getLargestRemainder().toPlainString()).containsExactly("10.93", "0.55", "0.55");
    assertThat(misprints).allMatch(f -> f.getSeverity() == Severity.ERROR);
    // findings in printed order of their categories
    assertThat(rules(c)).containsExactly(
        "share-misprint 国土执法", "share-misprint 公开监督", "derived-count 四项制度专", "share-misprint 四项制度专");
    CategoryFinding derivedCount = c.getFindings().get(2);
    assertThat(derivedCount.getCount()).isEqualTo(1L);
    assertThat(derivedCount.getSeverity()).isEqualTo(Severity.WARNING);
    // none of the correctly printed values is changed: every share but the three equals the printed one
    for (int i = 0; i < c.getRows().size(); i++) {
      String label = c.getRows().get(i).getLabel();
      if (!List.of("国土执法", "公开监督", "四项制度专").contains(label)) {
        assertThat(c.getRows().get(i).getShare()).as(label)
            .isEqualTo(table("categories-pian3.tsv").getEntries().get(i).getPrinted().getValue());
      }
    }
    assertThat(c.getPrintedSum()).isEqualTo(new BigDecimal("100.01"));
    assertThat(c.getSum()).isEqualTo(new BigDecimal("100.04"));
    assertThat(misprints.get(0).getMessageEn())
        .isEqualTo("\"国土执法\": printed 10.92%, but 20 of 183 is 10.9290%: 10.93% rounded on its own, 10.93% by"
            + " largest remainder.");
    assertThat(misprints.get(0).getMessageZh())
        .isEqualTo("“国土执法”印为 10.92%，但 20/183 = 10.9290%：独立四舍五入为 10.93%，最大余数法为 10.93%。");
    assertThat(derivedCount.getMessageZh())
        .isEqualTo("“四项制度专”未列数量；总数 183 减去其他类别之和 182，应为 1。");
  }

  @Test
  void seed_pian3_by_largest_remainder_also_flags_the_four_shares_it_would_print_otherwise() {
    CategoryCheck c = CategoryCheck.of(table("categories-pian3.tsv"), ShareMethod.LARGEST_REMAINDER);
    assertThat(c.getSum()).isEqualTo(new BigDecimal("100.00"));
    assertThat(c.getFindings().stream().filter(f -> f.getRule() == CategoryRule.SHARE_MISPRINT)
            .map(f -> f.getLabel() + " " + f.getPrinted().getValue() + "→" + f.getExpected()))
        .containsExactly(
            "国土党务、政务类信息 3.83→3.82", "国土执法 10.92→10.93", "公示公告 20.77→20.76", "公开监督 0.54→0.55",
            "四项制度专 0.54→0.55", "效能政府四项制度 3.83→3.82", "其它信息 3.83→3.82");
    assertThat(c.getRows()).filteredOn(CategoryRow::isAdjusted).extracting(CategoryRow::getLabel)
        .containsExactly("国土党务、政务类信息", "公示公告", "效能政府四项制度", "其它信息");
  }

  @Test
  void seed_pian13_holds_430_odd_as_a_lower_bound() {
    CategoryTable t = table("categories-pian13.tsv");
    assertThat(t.getTotal().getApproximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(t.getTotal().getValue()).isEqualByComparingTo("430");
    CategoryCheck c = CategoryCheck.of(t);
    // no exact total: the shares are of the categories' sum, 430; 57/430 = 13.2558…% → 13.26
    assertThat(c.getDenominator()).isEqualTo(430L);
    assertThat(c.getRows()).extracting(r -> r.getShare().toPlainString()).containsExactly("13.26", "19.07", "30.70", "36.98");
    assertThat(c.getSum()).isEqualTo(new BigDecimal("100.01"));
    // the four columns add up to exactly 430, which "430余条" (more than 430) does not admit: a bound
    // check, not equality, and only a warning, since such a list may give part of the total
    assertThat(rules(c)).containsExactly("categories-total null");
    CategoryFinding f = c.getFindings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getSum()).isEqualTo("430");
    assertThat(f.getTotal().getText()).isEqualTo("430余条");
    assertThat(f.getMessageEn()).isEqualTo(
        "the categories add up to 430, less than the total (more than 430): they may list only part of it.");
    assertThat(c.hasErrors()).isFalse();
    // one more item in any column would fit the bound
    List<CategoryEntry> plusOne = new ArrayList<>(t.getEntries());
    plusOne.set(0, CategoryEntry.of("政务公告", 58));
    assertThat(CategoryCheck.of(CategoryTable.of(t.getTotal(), plusOne)).isConsistent()).isTrue();
  }

  @Test
  void seed_pian1_56_items_by_7_kinds_add_up() {
    CategoryCheck c = CategoryCheck.of(table("categories-pian1.tsv"));
    assertThat(c.isConsistent()).isTrue();
    assertThat(c.getDenominator()).isEqualTo(56L);
    assertThat(c.getRows()).hasSize(7);
    assertThat(c.getRows().get(3).getShare()).isEqualTo(new BigDecimal("35.71"));
    assertThat(c.getPrintedSum()).isNull();
    assertThat(c.getSum()).isEqualTo(new BigDecimal("100.01"));
    assertThat(CategoryCheck.of(table("categories-pian1.tsv"), ShareMethod.LARGEST_REMAINDER).getSum())
        .isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void exact_total_not_matched_is_an_error_either_way() {
    List<CategoryEntry> p1 = table("categories-pian1.tsv").getEntries();
    CategoryCheck more = CategoryCheck.of(CategoryTable.of(PrintedFigure.exact(55), p1));
    assertThat(rules(more)).containsExactly("categories-total null");
    assertThat(more.getFindings().get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(more.getFindings().get(0).getMessageEn()).isEqualTo("the categories add up to 56 but the total is 55.");
    assertThat(more.getDenominator()).isNull();
    assertThat(more.getRows()).allMatch(r -> r.getShare() == null);
    CategoryCheck fewer = CategoryCheck.of(CategoryTable.of(PrintedFigure.exact(60), p1));
    assertThat(fewer.getFindings().get(0).getMessageZh()).isEqualTo("各类别合计 56，而总数为 60，两者不符。");
    // shares are still of the stated total
    assertThat(fewer.getRows().get(3).getShare()).isEqualTo(new BigDecimal("33.33"));
  }

  @Test
  void approximate_counts_are_bounds_in_the_sum() {
    CategoryTable fits = CategoryTable.of(PrintedFigure.exact(100), List.of(
        CategoryEntry.of("a", PrintedFigure.parse("约20条"), null), CategoryEntry.of("b", 78)));
    CategoryCheck c = CategoryCheck.of(fits);
    assertThat(c.isConsistent()).isTrue();
    assertThat(c.getRows().get(0).getShare()).isNull();
    assertThat(c.getRows().get(1).getShare()).isEqualTo(new BigDecimal("78.00"));
    CategoryTable over = CategoryTable.of(PrintedFigure.exact(100), List.of(
        CategoryEntry.of("a", PrintedFigure.parse("30余条"), null), CategoryEntry.of("b", 78)));
    CategoryCheck o = CategoryCheck.of(over);
    assertThat(rules(o)).containsExactly("categories-total null");
    assertThat(o.getFindings().get(0).getSum()).isEqualTo("109..");
    assertThat(o.getFindings().get(0).getMessageEn())
        .isEqualTo("the categories add up to at least 109, more than the total (100) allows.");
    assertThat(o.hasErrors()).isTrue();
  }

  @Test
  void two_missing_counts_are_undetermined() {
    CategoryTable t = CategoryTable.of(PrintedFigure.exact(10), List.of(
        CategoryEntry.of("a", null, PrintedFigure.parse("30%")), CategoryEntry.of("b", null, null), CategoryEntry.of("c", 5)));
    CategoryCheck c = CategoryCheck.of(t);
    assertThat(rules(c)).containsExactly("undetermined-count a", "undetermined-count b");
    assertThat(c.getRows().get(2).getShare()).isEqualTo(new BigDecimal("50"));
    assertThat(CategoryCheck.of(t, ShareMethod.LARGEST_REMAINDER).getRows().get(2).getShare()).isNull();
  }

  @Test
  void approximate_printed_shares_are_checked_as_bounds() {
    CategoryTable t = CategoryTable.of(null, List.of(
        CategoryEntry.of("满意", PrintedFigure.exact(91), PrintedFigure.parse("90%以上")),
        CategoryEntry.of("不满意", PrintedFigure.exact(9), PrintedFigure.parse("约20%"))));
    CategoryCheck c = CategoryCheck.of(t);
    assertThat(rules(c)).containsExactly("share-bound 不满意");
    assertThat(c.getFindings().get(0).getMessageEn()).isEqualTo("\"不满意\": printed about 20%, but 9 of 100 is 9.0000%.");
    assertThat(c.getFindings().get(0).toDocument()).containsEntry("printed", "约20%");
  }

  @Test
  void findings_and_results_as_json() {
    CategoryCheck c = CategoryCheck.of(table("categories-pian3.tsv"));
    String json = c.getFindings().get(0).toJson();
    assertThat(json).startsWith("{\"rule\":\"share-misprint\",\"severity\":\"error\",\"label\":\"国土执法\",\"printed\":\"10.92\","
        + "\"expected\":\"10.93\",\"round\":\"10.93\",\"largestRemainder\":\"10.93\",\"messageZh\":");
    assertThat(c.getFindings().get(2).toJson()).contains("\"count\":1,\"total\":183,");
    assertThat(c.toDocument()).containsEntry("method", "round").containsEntry("denominator", 183L)
        .containsEntry("sum", "100.04").containsEntry("printedSum", "100.01");
    assertThat(c.getRows().get(13).toDocument().toString()).isEqualTo("{label=四项制度专, count=1, derived=true, share=0.55}");
  }

  static List<DocumentCodec> codecs() {
    return TestCodecs.all();
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void reads_the_json_document_strictly(DocumentCodec codec) {
    String json = "{\"total\": \"430余条\", \"entries\": [{\"label\": \"政务公告\", \"count\": 57, \"printed\": \"13.26%\"},"
        + " {\"label\": \"其他\", \"count\": null}]}";
    CategoryTable t = CategoryTable.read(json, codec);
    assertThat(t.getTotal()).isEqualTo(PrintedFigure.parse("430余条"));
    assertThat(t.getEntries().get(1).getCount()).isNull();
    assertThat(CategoryTable.read(t.toJson(), codec)).isEqualTo(t);
    assertThat(codec.read(codec.write(t), CategoryTable.class)).isEqualTo(t);
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"cout\": 1}]}", "$.entries[0].cout", "did you mean `count`?");
    assertRefused(codec, "{\"totl\": 1, \"entries\": [{\"label\": \"a\"}]}", "$.totl", "did you mean `total`?");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"count\": true}]}", "$.entries[0].count", "must be a count");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"count\": 1.5}]}", "$.entries[0].count", "must be a count");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"count\": -1}]}", "$.entries[0].count", "must be a count");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"count\": \"10%\"}]}", "$.entries[0].count", "not a percentage");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"count\": \"十几条\"}]}", "$.entries[0].count", "printed figure");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"printed\": 10.9}]}", "$.entries[0].printed", "must be a string");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\", \"printed\": \"10.9\"}]}", "$.entries[0].printed", "percentage");
    assertRefused(codec, "{\"entries\": [{\"label\": \"a\"}, {\"label\": \"a\"}]}", "$.entries[1].label", "must not repeat");
    assertRefused(codec, "{\"entries\": [{\"label\": \" \"}]}", "$.entries[0].label", "non-blank");
    assertRefused(codec, "{\"entries\": []}", "$.entries", "at least one");
    assertRefused(codec, "{\"total\": 3}", "$.entries", "is required");
    assertRefused(codec, "{\"total\": \"3%\", \"entries\": [{\"label\": \"a\"}]}", "$.total", "not a percentage");
    assertRefused(codec, "{\"entries\": [3]}", "$.entries[0]", "must be an object");
    assertThatThrownBy(() -> CategoryTable.read("[1]", codec)).isInstanceOf(ReportInputException.class);
    if (TestCodecs.strict().contains(codec)) {
      assertThatThrownBy(() -> CategoryTable.read("{\"entries\": [{\"label\": \"a\"}]} x", codec))
          .isInstanceOf(ReportInputException.class);
    }
  }

  private static void assertRefused(DocumentCodec codec, String json, String path, String rule) {
    assertThatThrownBy(() -> CategoryTable.read(json, codec)).as(json)
        .isInstanceOfSatisfying(ReportInputException.class, e -> {
          assertThat(e.getField()).isEqualTo(path);
          assertThat(e.getMessage()).contains(rule);
        });
  }
}

package io.github.gongkai.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.Samples;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportCheckerTest {
  private final ReportChecker checker = ReportChecker.standard();

  private static AnnualReport with(AnnualReport r, String address, String value) {
    return r.toBuilder().set(CellAddress.parse(address), CellValue.parse(value)).build();
  }

  private static String rules(CheckResult result) {
    return result.getFindings().stream()
        .map(f -> f.getRule().getCode() + "@" + (f.getCells().isEmpty() ? "" : f.getCells().get(0)))
        .collect(Collectors.joining(", "));
  }

  @Test
  void consistent_samples_have_no_findings() {
    assertThat(checker.check(Samples.report("report-2024.json")).getFindings()).isEmpty();
    assertThat(checker.check(Samples.report("typed-2023.json")).getFindings()).isEmpty();
    assertThat(checker.check(Samples.report("report-2024.json"), Samples.report("typed-2023.json")).getFindings())
        .isEmpty();
  }

  @Test
  void one_wrong_total_cell_is_flagged_by_each_sum_it_belongs_to() {
    AnnualReport bad = with(Samples.report("report-2024.json"), "table3/total/natural-person", "54");
    CheckResult r = checker.check(bad);
    assertThat(rules(r)).isEqualTo(
        "t3-balance@table3/new/natural-person, "
            + "t3-outcome-total@table3/total/natural-person, "
            + "t3-applicant-total@table3/total/total");
    Finding f = r.getFindings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(f.getValues()).containsExactly(
        CellValue.ofCount(58), CellValue.ofCount(2), CellValue.ofCount(54), CellValue.ofCount(5));
    assertThat(f.getLeft()).isEqualByComparingTo("60");
    assertThat(f.getRight()).isEqualByComparingTo("59");
    assertThat(f.getMessageZh()).isEqualTo("表三「自然人」列：一 + 二 = 60，而（七）+ 四 = 59，两者不等。");
    assertThat(f.getMessageEn()).isEqualTo("table 3, column \"Natural person\": items 1 + 2 = 60 but (7) + item 4 = 59.");
    assertThat(r.hasErrors()).isTrue();
    // values: a second check of the same report gives an equal result, a different report does not
    CheckResult again = checker.check(bad);
    assertThat(again).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(again.getFindings().get(0)).isEqualTo(f).isNotSameAs(f);
    assertThat(checker.check(with(bad, "table3/new/natural-person", "57"))).isNotEqualTo(r);
    assertThat(f.toString()).isEqualTo("error t3-balance " + f.getCells() + ": " + f.getMessageEn());
  }

  @Test
  void subtotal_message_names_the_category_and_its_sub_items() {
    AnnualReport r = with(Samples.report("report-2024.json"), "table3/all-cannot-provide/natural-person", "31");
    Finding f = checker.check(r).getFindings().stream()
        .filter(x -> x.getRule() == CheckRule.T3_SUBTOTAL).findFirst().orElseThrow();
    assertThat(f.getMessageZh()).startsWith("表三「自然人」列：（四）").contains(" = 31，而其各分项之和 = 30，两者不等。");
    assertThat(f.getMessageEn()).startsWith("table 3, column \"Natural person\": ").endsWith(" = 31 but its sub-items = 30.");
  }

  @Test
  void partial_disclosure_counted_twice_breaks_the_outcome_total() {
    AnnualReport bad = with(Samples.report("report-2024.json"), "table3/withheld-third-party-rights/commercial-enterprise", "1");
    bad = with(bad, "table3/withheld-third-party-rights/total", "1");
    CheckResult r = checker.check(bad);
    assertThat(rules(r)).isEqualTo(
        "t3-outcome-total@table3/total/commercial-enterprise, t3-outcome-total@table3/total/total");
  }

  @Test
  void table4_total() {
    AnnualReport bad = with(Samples.report("report-2024.json"), "table4/review/total", "3");
    CheckResult r = checker.check(bad);
    assertThat(rules(r)).isEqualTo("t4-total@table4/review/total");
    assertThat(r.getFindings().get(0).getMessageZh()).isEqualTo(
        "表四「行政复议」：总计 = 3，而维持+纠正+其他+尚未审结 = 2，两者不等。");
  }

  @Test
  void value_domain() {
    AnnualReport bad = with(Samples.report("report-2024.json"), "table2/licensing/decisions", "-2");
    bad = with(bad, "table2/fees/amount", "-0.5");
    bad = with(bad, "table2/penalties/decisions", "2.5");
    CheckResult r = checker.check(bad);
    assertThat(r.getFindings()).extracting(f -> f.getRule().getCode() + "@" + f.getCells().get(0))
        .containsExactlyInAnyOrder("value-domain@table2/licensing/decisions", "value-domain@table2/fees/amount",
            "value-domain@table2/penalties/decisions");
    AnnualReport trial = AnnualReport.builder(ReportFormat.TRIAL_2019, 2020, "A")
        .set(CellAddress.parse("table2/licensing/items-change"), CellValue.parse("-3")).build();
    // -3 is a valid 增/减; the only findings are the tables left out
    assertThat(checker.check(trial).getFindings()).extracting(f -> f.getRule().getCode())
        .containsExactly("table-missing", "table-missing");
  }

  @Test
  void subtotal_given_must_match_its_items() {
    AnnualReport r = with(Samples.report("report-2024.json"), "table3/all-cannot-provide/natural-person", "30");
    assertThat(checker.check(r).getFindings()).isEmpty();
    r = with(r, "table3/all-cannot-provide/natural-person", "31");
    assertThat(rules(checker.check(r))).isEqualTo("t3-subtotal@table3/all-cannot-provide/natural-person");
  }

  @Test
  void subtotal_stands_in_for_missing_items() {
    AnnualReport r = Samples.report("report-2024.json").toBuilder()
        .set(CellAddress.parse("table3/cannot-provide-not-held/natural-person"), CellValue.BLANK)
        .set(CellAddress.parse("table3/all-cannot-provide/natural-person"), CellValue.parse("30")).build();
    assertThat(checker.check(r).getFindings()).isEmpty();
    r = with(r, "table3/all-cannot-provide/natural-person", "29");
    assertThat(rules(checker.check(r))).isEqualTo("t3-outcome-total@table3/total/natural-person");
  }

  @Test
  void blanks_are_unknown_unless_the_numbers_given_already_exceed() {
    String base = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\","
        + "\"table4\":{\"review\":{\"total\":0}},\"table3\":{";
    AnnualReport onlyTotals = io.github.gongkai.report.Samples.read(base
        + "\"new\":{\"total\":5},\"carried-over\":{\"total\":0},\"released\":{\"total\":5},"
        + "\"total\":{\"total\":5},\"carried-forward\":{\"total\":0}}}");
    CheckResult r = checker.check(onlyTotals);
    assertThat(r.getFindings()).isEmpty();
    assertThat(r.getUndecided()).isNotEmpty();
    AnnualReport exceeds = io.github.gongkai.report.Samples.read(base + "\"new\":{\"natural-person\":6,\"total\":5}}}");
    CheckResult e = checker.check(exceeds);
    assertThat(rules(e)).isEqualTo("t3-applicant-total@table3/new/total");
    assertThat(e.getFindings().get(0).getMessageEn()).contains("already add up to 6");
    AnnualReport slash = io.github.gongkai.report.Samples.read(base + "\"new\":{\"natural-person\":\"/\",\"total\":5}}}");
    assertThat(checker.check(slash).getFindings()).isEmpty();
    assertThat(ReportChecker.withPolicy(NonNumberPolicy.ZERO).check(slash).getFindings())
        .extracting(f -> f.getRule().getCode()).contains("t3-applicant-total");
  }

  @Test
  void a_report_without_table_3_or_4_does_not_pass() {
    String head = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\"";
    CheckResult none = checker.check(Samples.read(head + ",\"table2\":{\"licensing\":{\"decisions\":3}}}"));
    assertThat(none.hasErrors()).isTrue();
    assertThat(none.getFindings()).extracting(f -> f.getRule().getCode()).containsExactly("table-missing", "table-missing");
    assertThat(none.getFindings().get(0).getMessageZh()).startsWith("表三（收到和处理政府信息公开申请情况）缺失");
    assertThat(none.getFindings().get(1).getMessageEn()).startsWith("table 4 (");
    AnnualReport sample = Samples.report("report-2024.json");
    
    AnnualReport.Builder b = AnnualReport.builder(sample.getFormat(), sample.getYear(), sample.getAgency());
    sample.getFilledCells().forEach((a, v) -> {
      if (a.getTable() != ReportTable.TABLE_3) {
        b.set(a, v);
      }
    });
    assertThat(rules(checker.check(b.build()))).isEqualTo("table-missing@");
    assertThat(checker.check(sample).getFindings()).isEmpty();
    // a template typed in with every cell blank has left both tables out too
    assertThat(rules(checker.check(Samples.report("template-2021.json"))))
        .isEqualTo("table-missing@, table-missing@");
    // "/" counts as filled in
    AnnualReport slashes = AnnualReport.builder(ReportFormat.FORMAT_2021, 2024, "A")
        .set(CellAddress.parse("table3/new/total"), CellValue.NOT_APPLICABLE)
        .set(CellAddress.parse("table4/review/total"), CellValue.NOT_APPLICABLE).build();
    assertThat(rules(checker.check(slashes))).doesNotContain("table-missing");
  }

  @Test
  void findings_and_results_have_one_json_shape() {
    AnnualReport bad = with(Samples.report("report-2024.json"), "table3/total/natural-person", "54");
    CheckResult result = checker.check(bad);
    Finding f = result.getFindings().get(0);
    assertThat(f.getWhere()).hasSameSizeAs(f.getCells());
    assertThat(f.getWhere().get(0)).startsWith("表三 ");
    String line = f.toJson();
    assertThat(line).startsWith("{\"rule\":\"" + f.getRule().getCode() + "\",\"severity\":\"error\",\"cells\":[\"table3/")
        .contains("\"where\":[\"表三 ").contains("\"left\":").contains("\"messageEn\":").doesNotContain("\n");
    for (io.github.gongkai.core.json.DocumentCodec c : io.github.gongkai.report.TestCodecs.all()) {
      assertThat(c.read(c.write(f), Object.class)).as(c.toString()).isEqualTo(c.read(line, Object.class));
      assertThat(c.read(c.write(result), Object.class)).as(c.toString()).isEqualTo(c.read(result.toJson(), Object.class));
    }
    java.util.Map<String, Object> doc = result.toDocument();
    assertThat(doc).containsEntry("consistent", false).containsEntry("errors", true);
    assertThat(doc.keySet()).containsExactly("consistent", "errors", "findings", "undecided");
  }

  @Test
  void continuity_with_last_year() {
    AnnualReport last = with(Samples.report("typed-2023.json"), "table3/carried-forward/natural-person", "3");
    CheckResult r = checker.check(Samples.report("report-2024.json"), last);
    assertThat(rules(r)).isEqualTo("continuity@table3/carried-over/natural-person");
    assertThat(r.getFindings().get(0).getCells()).containsExactly(
        CellAddress.parse("table3/carried-over/natural-person"), CellAddress.parse("table3/carried-forward/natural-person"));
    assertThatThrownBy(() -> checker.check(Samples.report("report-2024.json"), Samples.report("report-2024.json")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("previous.year");
  }

  @Test
  void trial_format_other_handling_is_one_row() {
    AnnualReport r = AnnualReport.builder(ReportFormat.TRIAL_2019, 2020, "A")
        .setCount(ReportTable.TABLE_3, "new", "natural-person", 3)
        .setCount(ReportTable.TABLE_3, "carried-over", "natural-person", 0)
        .setCount(ReportTable.TABLE_3, "all-other", "natural-person", 2)
        .setCount(ReportTable.TABLE_3, "released", "natural-person", 1)
        .setCount(ReportTable.TABLE_3, "total", "natural-person", 3)
        .setCount(ReportTable.TABLE_3, "carried-forward", "natural-person", 0)
        .setCount(ReportTable.TABLE_4, "review", "total", 0)
        .build();
    assertThat(checker.check(r).getFindings()).isEmpty();
    r = r.toBuilder().setCount(ReportTable.TABLE_3, "all-other", "natural-person", 1).build();
    assertThat(rules(checker.check(r))).isEmpty();
    assertThat(rules(ReportChecker.withPolicy(NonNumberPolicy.ZERO).check(r)))
        .startsWith("t3-outcome-total@table3/total/natural-person, t3-applicant-total");
  }
}

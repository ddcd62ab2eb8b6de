package io.github.gongkai.report.aggregate;

import static io.github.gongkai.report.PropertyRuns.qt;
import static io.github.gongkai.report.ReportGens.factLists;
import static io.github.gongkai.report.ReportGens.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.TableLayout;
import io.github.gongkai.report.check.ReportChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAccumulatorPropertiesTest {
  static final int YEAR = 2022;

  private static long cell(AnnualReport r, String row, String col) {
    CellValue v = r.get(ReportTable.TABLE_3, row, col);
    return v.isNumber() ? v.getNumber().longValueExact() : 0;
  }

  @Test
  void every_request_lands_in_exactly_one_row() {
    qt().forAll(facts(YEAR), booleans().all())
        .checkAssert(
            (f, trial) -> {
              ReportFormat format = trial ? ReportFormat.TRIAL_2019 : ReportFormat.FORMAT_2021;
              int year = trial ? 2020 : YEAR;
              AnnualReport r = ReportAccumulator.forYear(year).add(f).toReport(format, "A");
              TableLayout t = format.getLayout().getTable(ReportTable.TABLE_3);
              String col = f.getApplicantType().getCode();
              long landed = cell(r, RowLayout.CARRIED_FORWARD, col);
              for (RowLayout row : t.getRows()) {
                if (row.getRole() == RowLayout.Role.OUTCOME) {
                  landed += cell(r, row.getCode(), col);
                }
              }
              long entered = cell(r, RowLayout.NEW, col) + cell(r, RowLayout.CARRIED_OVER, col);
              LocalDate start = LocalDate.of(year, 1, 1);
              LocalDate end = LocalDate.of(year, 12, 31);
              boolean inYear = f.getReceivedOn() != null && !f.getReceivedOn().isAfter(end)
                  && (f.getClosedOn() == null || !f.getClosedOn().isBefore(start));
              assertThat(landed).isEqualTo(inYear ? 1 : 0);
              assertThat(entered).isEqualTo(inYear ? 1 : 0);
              if (inYear && f.getClosedOn() != null && !f.getClosedOn().isAfter(end)) {
                assertThat(cell(r, t.rowFor(f.getOutcome()).getCode(), col)).isEqualTo(1);
                assertThat(cell(r, RowLayout.TOTAL, col)).isEqualTo(1);
              }
              assertThat(cell(r, RowLayout.NEW, "total") + cell(r, RowLayout.CARRIED_OVER, "total")).isEqualTo(entered);
            });
  }

  @Test
  void merge_equals_aggregate_of_the_union() {
    qt().forAll(factLists(YEAR, 60), integers().between(0, 60))
        .checkAssert(
            (all, split) -> {
              int k = Math.min(split, all.size());
              ReportAccumulator whole = ReportAccumulator.forYear(YEAR);
              all.forEach(whole::add);
              ReportAccumulator a = ReportAccumulator.forYear(YEAR);
              all.subList(0, k).forEach(a::add);
              ReportAccumulator b = ReportAccumulator.forYear(YEAR);
              all.subList(k, all.size()).forEach(b::add);
              ReportAccumulator ba = ReportAccumulator.forYear(YEAR).merge(b).merge(a);
              assertThat(a.merge(b).sameCounts(whole)).isTrue();
              assertThat(ba.sameCounts(whole)).isTrue();
              assertThat(all.parallelStream().collect(ReportAccumulator.collector(YEAR)).sameCounts(whole)).isTrue();
              assertThat(ba.toReport(ReportFormat.FORMAT_2021, "A")).isEqualTo(whole.toReport(ReportFormat.FORMAT_2021, "A"));
            });
  }

  @Test
  void carry_over_is_continuous_across_years() {
    qt().forAll(factLists(YEAR, 60))
        .checkAssert(
            all -> {
              ReportAccumulator y0 = ReportAccumulator.forYear(YEAR - 1);
              ReportAccumulator y1 = ReportAccumulator.forYear(YEAR);
              ReportAccumulator y2 = ReportAccumulator.forYear(YEAR + 1);
              for (RequestFacts f : all) {
                y0.add(f);
                y1.add(f);
                y2.add(f);
              }
              List<AnnualReport> reports = new ArrayList<>();
              reports.add(y0.toReport(ReportFormat.FORMAT_2021, "A"));
              reports.add(y1.toReport(ReportFormat.FORMAT_2021, "A"));
              reports.add(y2.toReport(ReportFormat.FORMAT_2021, "A"));
              for (int i = 1; i < reports.size(); i++) {
                AnnualReport prev = reports.get(i - 1);
                AnnualReport cur = reports.get(i);
                for (ApplicantType a : ApplicantType.values()) {
                  assertThat(cell(cur, RowLayout.CARRIED_OVER, a.getCode()))
                      .isEqualTo(cell(prev, RowLayout.CARRIED_FORWARD, a.getCode()));
                }
                assertThat(ReportChecker.standard().check(cur, prev).getFindings()).isEmpty();
              }
            });
  }

  @Test
  void computed_reports_are_consistent() {
    qt().forAll(factLists(YEAR, 80))
        .checkAssert(
            all -> {
              ReportAccumulator acc = ReportAccumulator.forYear(2020);
              all.forEach(acc::add);
              assertThat(ReportChecker.standard().check(acc.toReport(ReportFormat.TRIAL_2019, "A")).getFindings()).isEmpty();
              assertThat(ReportChecker.withPolicy(io.github.gongkai.report.check.NonNumberPolicy.ZERO)
                  .check(acc.toReport(ReportFormat.TRIAL_2019, "A")).getFindings()).isEmpty();
              assertThat(acc.getCounted() + acc.getOutside()).isEqualTo(all.size());
            });
  }
}

package io.github.gongkai.report.check;

import static io.github.gongkai.report.PropertyRuns.qt;
import static io.github.gongkai.report.ReportGens.consistentReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportCheckerPropertiesTest {
  private static final ReportChecker CHECKER = ReportChecker.standard();

  private static List<CellAddress> table3And4(AnnualReport r) {
    List<CellAddress> out = new ArrayList<>();
    for (CellAddress a : r.getLayout().getCells()) {
      if (a.getTable() != ReportTable.TABLE_2 && r.get(a).isNumber()) {
        out.add(a);
      }
    }
    return out;
  }

  /** Blank or "/" in place of any numbers of a consistent report never produces a finding. */
  @Test
  void blanks_never_raise_spurious_findings() {
    qt().forAll(consistentReports(), lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 40), booleans().all())
        .checkAssert(
            (report, picks, slash) -> {
              List<CellAddress> cells = table3And4(report);
              AnnualReport.Builder b = report.toBuilder();
              for (int p : picks) {
                b.set(cells.get(p % cells.size()), slash ? CellValue.NOT_APPLICABLE : CellValue.BLANK);
              }
              assertThat(CHECKER.check(b.build()).getFindings()).isEmpty();
            });
  }

  /** Changing one number of a consistent report is always found, and every finding names that cell. */
  @Test
  void one_changed_cell_is_always_found() {
    qt().forAll(consistentReports(), integers().between(0, 10_000), integers().between(1, 5))
        .checkAssert(
            (report, pick, delta) -> {
              List<CellAddress> cells = table3And4(report);
              CellAddress target = cells.get(pick % cells.size());
              BigDecimal v = report.get(target).getNumber().add(BigDecimal.valueOf(delta));
              CheckResult r = CHECKER.check(report.toBuilder().set(target, CellValue.ofPrinted(v)).build());
              assertThat(r.getFindings()).isNotEmpty();
              assertThat(r.getFindings()).allSatisfy(f -> assertThat(f.getCells()).contains(target));
              assertThat(r.getFindings()).extracting(f -> f.getRule().getCode())
                  .isSubsetOf(Set.of("t3-balance", "t3-applicant-total", "t3-outcome-total", "t4-total"));
            });
  }

  /** Any report, however filled, survives a JSON round trip. */
  @Test
  void json_round_trip() {
    qt().forAll(consistentReports(), lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 30), lists().of(integers().between(-3, 500)).ofSizeBetween(0, 30))
        .checkAssert(
            (report, picks, values) -> {
              List<CellAddress> all = report.getLayout().getCells();
              AnnualReport.Builder b = report.toBuilder();
              for (int i = 0; i < Math.min(picks.size(), values.size()); i++) {
                int v = values.get(i);
                b.set(all.get(picks.get(i) % all.size()),
                    v == -3 ? CellValue.NOT_APPLICABLE : v == -2 ? CellValue.BLANK : CellValue.ofPrinted(BigDecimal.valueOf(v)));
              }
              AnnualReport r = b.build();
              assertThat(io.github.gongkai.report.Samples.read(ReportJson.write(r))).isEqualTo(r);
            });
  }
}

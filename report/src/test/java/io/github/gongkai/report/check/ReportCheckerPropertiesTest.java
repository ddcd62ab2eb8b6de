package io.github.gongkai.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReportCheckerPropertiesTest {
  private static final ReportChecker CHECKER = ReportChecker.standard();

  @Provide
  Arbitrary<AnnualReport> consistent() {
    Arbitrary<RequestFacts> facts = Combinators.combine(
            Arbitraries.of(ApplicantType.class),
            Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(-1, 300),
            Arbitraries.of(OutcomeGround.class))
        .as((t, r, c, g) -> {
          LocalDate received = LocalDate.of(2023, 6, 1).plusDays(r);
          LocalDate closed = c < 0 ? null : received.plusDays(c);
          return RequestFacts.of(t, received, closed, closed == null ? null : g);
        });
    return facts.list().ofMaxSize(60).map(list -> {
      ReportAccumulator acc = ReportAccumulator.forYear(2024);
      list.forEach(acc::add);
      return acc.toReport(ReportFormat.FORMAT_2021, "A");
    });
  }

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
  @Property
  void blanks_never_raise_spurious_findings(
      @ForAll("consistent") AnnualReport report,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks,
      @ForAll boolean slash) {
    List<CellAddress> cells = table3And4(report);
    AnnualReport.Builder b = report.toBuilder();
    for (int p : picks) {
      b.set(cells.get(p % cells.size()), slash ? CellValue.NOT_APPLICABLE : CellValue.BLANK);
    }
    assertThat(CHECKER.check(b.build()).getFindings()).isEmpty();
  }

  /** Changing one number of a consistent report is always found, and every finding names that cell. */
  @Property
  void one_changed_cell_is_always_found(
      @ForAll("consistent") AnnualReport report,
      @ForAll @IntRange(min = 0, max = 10_000) int pick,
      @ForAll @IntRange(min = 1, max = 5) int delta) {
    List<CellAddress> cells = table3And4(report);
    CellAddress target = cells.get(pick % cells.size());
    BigDecimal v = report.get(target).getNumber().add(BigDecimal.valueOf(delta));
    CheckResult r = CHECKER.check(report.toBuilder().set(target, CellValue.ofPrinted(v)).build());
    assertThat(r.getFindings()).isNotEmpty();
    assertThat(r.getFindings()).allSatisfy(f -> assertThat(f.getCells()).contains(target));
    assertThat(r.getFindings()).extracting(f -> f.getRule().getCode())
        .isSubsetOf(Set.of("t3-balance", "t3-applicant-total", "t3-outcome-total", "t4-total"));
  }

  /** Any report, however filled, survives a JSON round trip. */
  @Property
  void json_round_trip(
      @ForAll("consistent") AnnualReport report,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10_000) Integer> picks,
      @ForAll @Size(max = 30) List<@IntRange(min = -3, max = 500) Integer> values) {
    List<CellAddress> all = report.getLayout().getCells();
    AnnualReport.Builder b = report.toBuilder();
    for (int i = 0; i < Math.min(picks.size(), values.size()); i++) {
      int v = values.get(i);
      b.set(all.get(picks.get(i) % all.size()),
          v == -3 ? CellValue.NOT_APPLICABLE : v == -2 ? CellValue.BLANK : CellValue.ofPrinted(BigDecimal.valueOf(v)));
    }
    AnnualReport r = b.build();
    assertThat(io.github.gongkai.report.Samples.read(ReportJson.write(r))).isEqualTo(r);
  }
}

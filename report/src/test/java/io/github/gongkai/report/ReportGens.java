package io.github.gongkai.report;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestFacts;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators shared by the property tests of the report. */
public final class ReportGens {
  private ReportGens() {}

  /**
   * Facts of requests around {@code year}: received from 1 June two years before (one in ten never
   * received), closed up to 500 days later or still open, with any outcome.
   */
  public static Gen<RequestFacts> facts(int year) {
    LocalDate from = LocalDate.of(year - 2, 6, 1);
    Gen<Integer> receivedDay = integers().between(0, 365 * 3 + 200);
    Gen<Integer> open = integers().between(-1, 500);
    Gen<Boolean> received = integers().between(0, 9).map(i -> i != 0);
    Gen<Object[]> what =
        Generate.enumValues(ApplicantType.class)
            .zip(Generate.enumValues(OutcomeGround.class), (t, g) -> new Object[] {t, g});
    return what.zip(
        receivedDay,
        open,
        received,
        (tg, r, o, rec) -> {
          LocalDate receivedOn = rec ? from.plusDays(r) : null;
          LocalDate closedOn = o < 0 ? null : (receivedOn == null ? from : receivedOn).plusDays(o);
          return RequestFacts.of(
              (ApplicantType) tg[0], receivedOn, closedOn, closedOn == null ? null : (OutcomeGround) tg[1]);
        });
  }

  public static Gen<List<RequestFacts>> factLists(int year, int max) {
    return lists().of(facts(year)).ofSizeBetween(0, max);
  }

  /** Facts of requests all received from 1 June 2023, closed within 300 days or still open. */
  public static Gen<RequestFacts> receivedFacts() {
    return Generate.enumValues(ApplicantType.class)
        .zip(
            integers().between(0, 600),
            integers().between(-1, 300),
            Generate.enumValues(OutcomeGround.class),
            (t, r, c, g) -> {
              LocalDate received = LocalDate.of(2023, 6, 1).plusDays(r);
              LocalDate closed = c < 0 ? null : received.plusDays(c);
              return RequestFacts.of(t, received, closed, closed == null ? null : g);
            });
  }

  /** Consistent 2024 reports in the 2021 format, computed from up to 60 requests. */
  public static Gen<AnnualReport> consistentReports() {
    return lists()
        .of(receivedFacts())
        .ofSizeBetween(0, 60)
        .map(
            list -> {
              ReportAccumulator acc = ReportAccumulator.forYear(2024);
              list.forEach(acc::add);
              return acc.toReport(ReportFormat.FORMAT_2021, "A");
            });
  }
}

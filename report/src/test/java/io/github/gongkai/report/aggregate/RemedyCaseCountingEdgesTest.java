package io.github.gongkai.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Table 四 counts at the edges of the year, merging accumulators, and the years accepted. */
class RemedyCaseCountingEdgesTest {
  private static final String AGENCY = "某市人民政府办公室";

  private static ReviewCase review(String id, String filed, String decided) {
    ReviewCase.Builder b = ReviewCase.builder().id(id).agency(AGENCY).filedOn(LocalDate.parse(filed));
    if (decided != null) {
      b.decidedOn(LocalDate.parse(decided)).result(CaseResult.MAINTAINED);
    }
    return b.build();
  }

  private static CellValue reviews(ReportAccumulator acc, String column) {
    AnnualReport r = acc.toReport(ReportFormat.FORMAT_2021, AGENCY);
    return r.get(ReportTable.TABLE_4, "review", column);
  }

  @Test
  void cases_filed_on_the_first_and_last_day_of_the_year_count() {
    ReportAccumulator acc = ReportAccumulator.forYear(2024, CaseCounting.FILED_IN_YEAR);
    acc.add(review("FY-1", "2024-01-01", null));
    acc.add(review("FY-2", "2024-12-31", null));
    acc.add(review("FY-3", "2023-12-31", null));
    acc.add(review("FY-4", "2025-01-01", null));
    assertThat(reviews(acc, "total")).isEqualTo(CellValue.ofCount(2));
    assertThat(reviews(acc, "pending")).isEqualTo(CellValue.ofCount(2));
  }

  @Test
  void an_earlier_case_decided_on_the_first_day_of_the_year_was_active_in_it() {
    ReportAccumulator active = ReportAccumulator.forYear(2024);
    active.add(review("FY-1", "2023-11-01", "2024-01-01"));
    active.add(review("FY-2", "2023-11-01", "2023-12-31"));
    active.add(review("FY-3", "2023-11-01", null));
    assertThat(reviews(active, "total")).isEqualTo(CellValue.ofCount(2));
    assertThat(reviews(active, "maintained")).isEqualTo(CellValue.ofCount(1));
    assertThat(reviews(active, "pending")).isEqualTo(CellValue.ofCount(1));

    ReportAccumulator filed = ReportAccumulator.forYear(2024, CaseCounting.FILED_IN_YEAR);
    filed.add(review("FY-1", "2023-11-01", "2024-01-01"));
    assertThat(reviews(filed, "total")).isEqualTo(CellValue.ofCount(0));
  }

  @Test
  void merging_adds_counts_and_cases_and_refuses_another_year_or_policy() {
    ReportAccumulator a = ReportAccumulator.forYear(2024);
    ReportAccumulator b = ReportAccumulator.forYear(2024);
    a.add(review("FY-1", "2024-03-01", null));
    b.add(review("FY-2", "2024-04-01", null));
    b.add(review("FY-3", "2024-05-01", null));
    long jan1 = LocalDate.of(2024, 1, 1).toEpochDay();
    b.add(ApplicantType.NATURAL_PERSON, jan1, ReportAccumulator.OPEN, null);
    b.add(ApplicantType.NATURAL_PERSON, jan1 - 10, jan1 - 1, null);
    a.merge(b);
    assertThat(reviews(a, "total")).isEqualTo(CellValue.ofCount(3));
    assertThat(a.getCounted()).isEqualTo(1);
    assertThat(a.getOutside()).isEqualTo(1);
    assertThat(a.getYear()).isEqualTo(2024);
    assertThatThrownBy(() -> a.merge(ReportAccumulator.forYear(2023)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> a.merge(ReportAccumulator.forYear(2024, CaseCounting.FILED_IN_YEAR)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void years_2008_to_9999_are_accepted() {
    assertThat(ReportAccumulator.forYear(2008).getYear()).isEqualTo(2008);
    assertThat(ReportAccumulator.forYear(9999).getYear()).isEqualTo(9999);
    assertThatThrownBy(() -> ReportAccumulator.forYear(2007)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReportAccumulator.forYear(10000)).isInstanceOf(InvalidValueException.class);
  }
}

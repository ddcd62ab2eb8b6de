package io.github.gongkai.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportAccumulatorBulkAddTest {
  private static long day(String s) {
    return LocalDate.parse(s).toEpochDay();
  }

  @Test
  void the_bulk_path_takes_enum_constants_and_counts_like_request_facts() {
    ReportAccumulator bulk = ReportAccumulator.forYear(2024);
    bulk.add(ApplicantType.NATURAL_PERSON, day("2024-03-01"), day("2024-03-20"), OutcomeGround.WITHHELD_STATE_SECRET);
    bulk.add(ApplicantType.COMMERCIAL_ENTERPRISE, day("2023-12-20"), ReportAccumulator.OPEN, null);
    bulk.add(ApplicantType.NATURAL_PERSON, day("2022-01-05"), day("2022-02-01"), null); // outside the year

    ReportAccumulator facts =
        ReportAccumulator.forYear(2024)
            .add(RequestFacts.of(ApplicantType.NATURAL_PERSON, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-20"), OutcomeGround.WITHHELD_STATE_SECRET))
            .add(RequestFacts.of(ApplicantType.COMMERCIAL_ENTERPRISE, LocalDate.parse("2023-12-20"), null, null))
            .add(RequestFacts.of(ApplicantType.NATURAL_PERSON, LocalDate.parse("2022-01-05"), LocalDate.parse("2022-02-01"), OutcomeGround.RELEASED));

    assertThat(bulk.sameCounts(facts)).isTrue();
    assertThat(bulk.getCounted()).isEqualTo(2);
    assertThat(bulk.getOutside()).isEqualTo(1);
  }

  @Test
  void a_request_closed_in_the_year_needs_a_ground() {
    ReportAccumulator acc = ReportAccumulator.forYear(2024);
    assertThatThrownBy(() -> acc.add(ApplicantType.NATURAL_PERSON, day("2024-03-01"), day("2024-03-20"), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ground");
  }
}

package io.github.gongkai.rules.deadline;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static io.github.gongkai.rules.RulesGens.pauseOffsets;
import static io.github.gongkai.rules.RulesGens.receipts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinePropertiesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();

  private static List<Pause> pauses(LocalDate receipt, List<int[]> offsets) {
    List<Pause> out = new ArrayList<>();
    for (int[] o : offsets) {
      LocalDate from = receipt.plusDays(o[0]);
      out.add(Pause.of(PauseKind.THIRD_PARTY, from, from.plusDays(o[1])));
    }
    return out;
  }

  private static DeadlineResult compute(DeadlineEngine e, LocalDate receipt, List<Pause> pauses) {
    return e.compute(DeadlineInput.builder().receiptDate(receipt).pauses(pauses).build());
  }

  @Test
  void due_dates_never_fall_on_a_day_off() {
    qt().forAll(receipts(), pauseOffsets(), booleans().all())
        .checkAssert(
            (receipt, offsets, makeUpCounted) -> {
              DeadlineEngine e =
                  DeadlineEngine.of(CAL, DeadlinePolicy.builder().makeUpWorkdaysCounted(makeUpCounted).build());
              DeadlineResult r = compute(e, receipt, pauses(receipt, offsets));
              assertThat(CAL.isWorkingDay(r.getDueDate())).isTrue();
              assertThat(CAL.isWorkingDay(r.getExtendedDueDate())).isTrue();
              for (Pause p : r.getExcludedPeriods()) {
                assertThat(!r.getDueDate().isBefore(p.getStart()) && !r.getDueDate().isAfter(p.getEnd()))
                    .as("due date %s inside pause %s", r.getDueDate(), p)
                    .isFalse();
              }
            });
  }

  @Test
  void pauses_never_shorten_a_deadline() {
    qt().forAll(receipts(), pauseOffsets())
        .checkAssert(
            (receipt, offsets) -> {
              DeadlineEngine e = DeadlineEngine.of(CAL);
              DeadlineResult without = compute(e, receipt, List.of());
              DeadlineResult with = compute(e, receipt, pauses(receipt, offsets));
              assertThat(with.getDueDate()).isAfterOrEqualTo(without.getDueDate());
              assertThat(with.getExtendedDueDate()).isAfterOrEqualTo(without.getExtendedDueDate());
              assertThat(with.getExtendedDueDate()).isAfter(with.getDueDate());
            });
  }

  @Test
  void adding_a_consultation_pause_is_monotonic() {
    qt().forAll(receipts(), pauseOffsets(), integers().between(-5, 50), integers().between(0, 20))
        .checkAssert(
            (receipt, offsets, off, len) -> {
              DeadlineEngine e = DeadlineEngine.of(CAL);
              List<Pause> base = pauses(receipt, offsets);
              List<Pause> more = new ArrayList<>(base);
              more.add(Pause.of(PauseKind.OTHER_AGENCY, receipt.plusDays(off), receipt.plusDays(off + len)));
              assertThat(compute(e, receipt, more).getDueDate())
                  .isAfterOrEqualTo(compute(e, receipt, base).getDueDate());
            });
  }

  @Test
  void overlapping_pauses_are_never_double_counted() {
    qt().forAll(receipts(), pauseOffsets(1, 4))
        .checkAssert(
            (receipt, offsets) -> {
              DeadlineEngine e = DeadlineEngine.of(CAL);
              List<Pause> base = pauses(receipt, offsets);
              List<Pause> doubled = new ArrayList<>(base);
              doubled.addAll(base);
              assertThat(compute(e, receipt, doubled).getDueDate())
                  .isEqualTo(compute(e, receipt, base).getDueDate());
            });
  }

  @Test
  void without_pauses_the_due_date_is_exactly_n_working_days_after_receipt() {
    qt().forAll(receipts())
        .checkAssert(
            receipt -> {
              DeadlineResult r = DeadlineEngine.of(CAL).compute(DeadlineInput.received(receipt));
              assertThat(CAL.workingDaysBetween(r.getClockStart(), r.getDueDate()))
                  .isEqualTo(r.getReplyWorkingDays());
              assertThat(CAL.isWorkingDay(r.getClockStart())).isTrue();
            });
  }

  @Test
  void counting_without_make_up_days_round_trips() {
    qt().forAll(receipts(), integers().between(1, 60))
        .checkAssert(
            (start, n) -> {
              DayCounter strict = new DayCounter(CAL, false);
              LocalDate end = strict.plus(start, n);
              assertThat(strict.between(start, end)).isEqualTo(n);
              assertThat(strict.isCounted(end)).isTrue();
              assertThat(CAL.dayType(end))
                  .isNotEqualTo(io.github.gongkai.core.calendar.DayType.MAKEUP_WORKDAY);
              assertThat(end).isAfterOrEqualTo(new DayCounter(CAL, true).plus(start, n));
            });
  }

  @Test
  void every_trace_step_cites_an_article_or_a_policy_of_its_regime() {
    qt().forAll(receipts(), pauseOffsets())
        .checkAssert(
            (receipt, offsets) -> {
              DeadlineResult r = compute(DeadlineEngine.of(CAL), receipt, pauses(receipt, offsets));
              for (DeadlineStep s : r.getTrace()) {
                assertThat(s.getLegalBasis() != null || s.getPolicy() != null).as(s.toString()).isTrue();
                if (s.getLegalBasis() != null) {
                  assertThat(s.getLegalBasis().getRegime()).isEqualTo(r.getRegime());
                }
                assertThat(s.getNote()).isNotBlank();
                assertThat(s.getNoteZh()).isNotBlank();
              }
            });
  }
}

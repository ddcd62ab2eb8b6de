package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DeadlinePropertiesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();
  private static final LocalDate BASE = LocalDate.of(2008, 6, 1);
  private static final int SPAN = (int) (LocalDate.of(2025, 12, 1).toEpochDay() - BASE.toEpochDay());

  @Provide
  Arbitrary<LocalDate> receipts() {
    return Arbitraries.integers().between(0, SPAN).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<List<int[]>> pauseOffsets() {
    Arbitrary<int[]> one =
        Combinators.combine(Arbitraries.integers().between(-5, 50), Arbitraries.integers().between(0, 20))
            .as((off, len) -> new int[] {off, len});
    return one.list().ofMaxSize(4);
  }

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

  @Property
  void due_dates_never_fall_on_a_day_off(
      @ForAll("receipts") LocalDate receipt,
      @ForAll("pauseOffsets") List<int[]> offsets,
      @ForAll boolean makeUpCounted) {
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
  }

  @Property
  void pauses_never_shorten_a_deadline(
      @ForAll("receipts") LocalDate receipt, @ForAll("pauseOffsets") List<int[]> offsets) {
    DeadlineEngine e = DeadlineEngine.of(CAL);
    DeadlineResult without = compute(e, receipt, List.of());
    DeadlineResult with = compute(e, receipt, pauses(receipt, offsets));
    assertThat(with.getDueDate()).isAfterOrEqualTo(without.getDueDate());
    assertThat(with.getExtendedDueDate()).isAfterOrEqualTo(without.getExtendedDueDate());
    assertThat(with.getExtendedDueDate()).isAfter(with.getDueDate());
  }

  @Property
  void adding_a_consultation_pause_is_monotonic(
      @ForAll("receipts") LocalDate receipt,
      @ForAll("pauseOffsets") List<int[]> offsets,
      @ForAll @IntRange(min = -5, max = 50) int off,
      @ForAll @IntRange(max = 20) int len) {
    DeadlineEngine e = DeadlineEngine.of(CAL);
    List<Pause> base = pauses(receipt, offsets);
    List<Pause> more = new ArrayList<>(base);
    more.add(Pause.of(PauseKind.OTHER_AGENCY, receipt.plusDays(off), receipt.plusDays(off + len)));
    assertThat(compute(e, receipt, more).getDueDate()).isAfterOrEqualTo(compute(e, receipt, base).getDueDate());
  }

  @Property
  void overlapping_pauses_are_never_double_counted(
      @ForAll("receipts") LocalDate receipt, @ForAll("pauseOffsets") @Size(min = 1) List<int[]> offsets) {
    DeadlineEngine e = DeadlineEngine.of(CAL);
    List<Pause> base = pauses(receipt, offsets);
    List<Pause> doubled = new ArrayList<>(base);
    doubled.addAll(base);
    assertThat(compute(e, receipt, doubled).getDueDate()).isEqualTo(compute(e, receipt, base).getDueDate());
  }

  @Property
  void without_pauses_the_due_date_is_exactly_n_working_days_after_receipt(
      @ForAll("receipts") LocalDate receipt) {
    DeadlineResult r = DeadlineEngine.of(CAL).compute(DeadlineInput.received(receipt));
    assertThat(CAL.workingDaysBetween(r.getClockStart(), r.getDueDate())).isEqualTo(r.getReplyWorkingDays());
    assertThat(CAL.isWorkingDay(r.getClockStart())).isTrue();
  }

  @Property
  void counting_without_make_up_days_round_trips(
      @ForAll("receipts") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
    DayCounter strict = new DayCounter(CAL, false);
    LocalDate end = strict.plus(start, n);
    assertThat(strict.between(start, end)).isEqualTo(n);
    assertThat(strict.isCounted(end)).isTrue();
    assertThat(CAL.dayType(end)).isNotEqualTo(io.github.gongkai.core.calendar.DayType.MAKEUP_WORKDAY);
    assertThat(end).isAfterOrEqualTo(new DayCounter(CAL, true).plus(start, n));
  }

  @Property
  void every_trace_step_cites_an_article_or_a_policy_of_its_regime(
      @ForAll("receipts") LocalDate receipt, @ForAll("pauseOffsets") List<int[]> offsets) {
    DeadlineResult r = compute(DeadlineEngine.of(CAL), receipt, pauses(receipt, offsets));
    for (DeadlineStep s : r.getTrace()) {
      assertThat(s.getLegalBasis() != null || s.getPolicy() != null).as(s.toString()).isTrue();
      if (s.getLegalBasis() != null) {
        assertThat(s.getLegalBasis().getRegime()).isEqualTo(r.getRegime());
      }
      assertThat(s.getNote()).isNotBlank();
      assertThat(s.getNoteZh()).isNotBlank();
    }
  }
}

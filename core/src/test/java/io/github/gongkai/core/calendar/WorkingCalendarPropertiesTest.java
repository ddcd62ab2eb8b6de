package io.github.gongkai.core.calendar;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the precomputed calendar, checked against the obvious day-by-day definition on
 * random dates of 2008–2026.
 */
class WorkingCalendarPropertiesTest {
  private static final WorkingCalendar CN = ChinaCalendars.official();
  private static final long FIRST = LocalDate.of(2008, 1, 1).toEpochDay();

  private static LocalDate day(int offset) {
    return LocalDate.ofEpochDay(FIRST + offset);
  }

  /**
   * Checks {@code property} for random start days from {@code firstOffset} days after 2008-01-01
   * to mid-2026, each with a random step count in {@code [minSteps, maxSteps]}.
   */
  private static void forStartsAndSteps(
      int firstOffset, int minSteps, int maxSteps, BiConsumer<LocalDate, Integer> property) {
    qt().forAll(integers().between(firstOffset, 6800), integers().between(minSteps, maxSteps))
        .checkAssert((offset, n) -> property.accept(day(offset), n));
  }

  @Test
  void plusThenBetweenRoundTrips() {
    forStartsAndSteps(
        0, 0, 60, (s, n) -> assertThat(CN.workingDaysBetween(s, CN.plusWorkingDays(s, n))).isEqualTo(n));
  }

  @Test
  void negativeStepsRoundTrip() {
    forStartsAndSteps(
        100,
        1,
        60,
        (s, n) -> {
          LocalDate back = CN.plusWorkingDays(s, -n);
          assertThat(CN.isWorkingDay(back)).isTrue();
          // counting from the day before 'back' up to the day before 's' sees exactly n working days
          assertThat(CN.workingDaysBetween(back.minusDays(1), s.minusDays(1))).isEqualTo(n);
        });
  }

  @Test
  void resultIsNeverADayOffAndMatchesADayByDayCount() {
    forStartsAndSteps(
        0,
        1,
        40,
        (s, n) -> {
          LocalDate r = CN.plusWorkingDays(s, n);
          assertThat(CN.isWorkingDay(r)).isTrue();
          assertThat(CN.dayType(r)).isIn(DayType.WORKDAY, DayType.MAKEUP_WORKDAY);
          LocalDate d = s;
          int left = n;
          while (left > 0) {
            d = d.plusDays(1);
            if (CN.isWorkingDay(d)) {
              left--;
            }
          }
          assertThat(r).isEqualTo(d);
        });
  }

  @Test
  void monotonic() {
    qt().forAll(
            integers().between(0, 6800),
            integers().between(0, 6800),
            integers().between(0, 60),
            integers().between(0, 60))
        .checkAssert(
            (a, b, n, m) -> {
              LocalDate s1 = day(Math.min(a, b));
              LocalDate s2 = day(Math.max(a, b));
              assertThat(CN.plusWorkingDays(s1, n)).isBeforeOrEqualTo(CN.plusWorkingDays(s2, n));
              assertThat(CN.plusWorkingDays(s1, Math.min(n, m)))
                  .isBeforeOrEqualTo(CN.plusWorkingDays(s1, Math.max(n, m)));
              assertThat(CN.workingDaysBetween(s1, s2))
                  .isBetween(0, (int) (s2.toEpochDay() - s1.toEpochDay()));
            });
  }

  @Test
  void dayTypeAgreesWithWeekdayUnlessListed() {
    qt().forAll(integers().between(0, 6939))
        .checkAssert(
            offset -> {
              LocalDate d = day(offset);
              DayType t = CN.dayType(d);
              boolean weekend = CalendarEntry.isWeekend(d);
              if (CN.entry(d).isEmpty()) {
                assertThat(t).isEqualTo(weekend ? DayType.WEEKEND : DayType.WORKDAY);
              } else if (t == DayType.MAKEUP_WORKDAY) {
                assertThat(weekend).isTrue();
              } else {
                assertThat(t).isEqualTo(DayType.HOLIDAY);
                assertThat(CN.holidayName(d)).isPresent();
              }
              assertThat(CN.isWorkingDay(d)).isEqualTo(t.isWorking());
            });
  }

  @Test
  void yearsOutsideCoverageThrow() {
    // years 1900..2007 and 2027..2100, i.e. outside the covered 2008..2026
    qt().forAll(integers().between(0, 181).map(i -> i < 108 ? 1900 + i : 2027 + (i - 108)), integers().between(1, 365))
        .checkAssert(
            (year, dayOfYear) -> {
              LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
              assertThatThrownBy(() -> CN.isWorkingDay(d))
                  .isInstanceOf(CalendarCoverageException.class)
                  .hasMessageContaining(d.toString());
              assertThatThrownBy(() -> CN.plusWorkingDays(d, 1)).isInstanceOf(CalendarCoverageException.class);
              assertThatThrownBy(() -> CN.getEntries(year)).isInstanceOf(CalendarCoverageException.class);
            });
  }
}

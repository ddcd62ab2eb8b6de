package io.github.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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

  @Property
  void plusThenBetweenRoundTrips(
      @ForAll @IntRange(min = 0, max = 6800) int offset, @ForAll @IntRange(min = 0, max = 60) int n) {
    LocalDate s = day(offset);
    assertThat(CN.workingDaysBetween(s, CN.plusWorkingDays(s, n))).isEqualTo(n);
  }

  @Property
  void negativeStepsRoundTrip(
      @ForAll @IntRange(min = 100, max = 6800) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate s = day(offset);
    LocalDate back = CN.plusWorkingDays(s, -n);
    assertThat(CN.isWorkingDay(back)).isTrue();
    // counting from the day before 'back' up to the day before 's' sees exactly n working days
    assertThat(CN.workingDaysBetween(back.minusDays(1), s.minusDays(1))).isEqualTo(n);
  }

  @Property
  void resultIsNeverADayOffAndMatchesADayByDayCount(
      @ForAll @IntRange(min = 0, max = 6800) int offset, @ForAll @IntRange(min = 1, max = 40) int n) {
    LocalDate s = day(offset);
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
  }

  @Property
  void monotonic(
      @ForAll @IntRange(min = 0, max = 6800) int a,
      @ForAll @IntRange(min = 0, max = 6800) int b,
      @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 60) int m) {
    LocalDate s1 = day(Math.min(a, b));
    LocalDate s2 = day(Math.max(a, b));
    assertThat(CN.plusWorkingDays(s1, n)).isBeforeOrEqualTo(CN.plusWorkingDays(s2, n));
    assertThat(CN.plusWorkingDays(s1, Math.min(n, m)))
        .isBeforeOrEqualTo(CN.plusWorkingDays(s1, Math.max(n, m)));
    assertThat(CN.workingDaysBetween(s1, s2)).isBetween(0, (int) (s2.toEpochDay() - s1.toEpochDay()));
  }

  @Property
  void dayTypeAgreesWithWeekdayUnlessListed(@ForAll @IntRange(min = 0, max = 6939) int offset) {
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
  }

  @Property
  void yearsOutsideCoverageThrow(
      @ForAll @IntRange(min = 1900, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 365) int dayOfYear) {
    if (year >= 2008 && year <= 2026) {
      return;
    }
    LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
    assertThatThrownBy(() -> CN.isWorkingDay(d))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining(d.toString());
    assertThatThrownBy(() -> CN.plusWorkingDays(d, 1)).isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> CN.getEntries(year)).isInstanceOf(CalendarCoverageException.class);
  }
}

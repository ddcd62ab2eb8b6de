package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Make-up working days (调休) count only when the policy says so; other days as the calendar says. */
class DayCounterMakeUpDaysTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();

  /** The first make-up working day of 2025 in the official calendar. */
  private static LocalDate firstMakeUpDay() {
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
      if (CAL.dayType(d) == DayType.MAKEUP_WORKDAY) {
        return d;
      }
    }
    throw new AssertionError("no make-up working day in 2025");
  }

  @Test
  void aMakeUpDayCountsOnlyWhenThePolicySaysSo() {
    LocalDate makeUp = firstMakeUpDay();
    DayCounter counted = new DayCounter(CAL, true);
    DayCounter notCounted = new DayCounter(CAL, false);
    assertThat(counted.isCounted(makeUp)).isTrue();
    assertThat(notCounted.isCounted(makeUp)).isFalse();
    LocalDate before = makeUp.minusDays(1);
    assertThat(counted.next(before)).isEqualTo(makeUp);
    assertThat(notCounted.next(before)).isAfter(makeUp).isEqualTo(CAL.nextWorkingDay(makeUp));
  }

  @Test
  void ordinaryDaysCountAsTheCalendarSays() {
    DayCounter notCounted = new DayCounter(CAL, false);
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2025, 3, 1)); d = d.plusDays(1)) {
      if (CAL.dayType(d) != DayType.MAKEUP_WORKDAY) {
        assertThat(notCounted.isCounted(d)).as(d.toString()).isEqualTo(CAL.isWorkingDay(d));
      }
    }
    assertThat(notCounted.version()).isEqualTo(CAL.getVersion());
  }
}

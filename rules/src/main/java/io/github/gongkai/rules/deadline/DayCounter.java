package io.github.gongkai.rules.deadline;

import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * Working-day arithmetic under a policy: the calendar's own when make-up days count, else the
 * calendar's minus its 调休 make-up working days.
 */
final class DayCounter {
  private final WorkingCalendar calendar;
  private final boolean makeUpCounted;

  DayCounter(WorkingCalendar calendar, boolean makeUpCounted) {
    this.calendar = calendar;
    this.makeUpCounted = makeUpCounted;
  }

  boolean isCounted(LocalDate d) {
    if (makeUpCounted) {
      return calendar.isWorkingDay(d);
    }
    return calendar.isWorkingDay(d) && calendar.dayType(d) != DayType.MAKEUP_WORKDAY;
  }

  LocalDate next(LocalDate d) {
    LocalDate x = calendar.nextWorkingDay(d);
    while (!isCounted(x)) {
      x = calendar.nextWorkingDay(x);
    }
    return x;
  }

  /** The n-th counted day after start (start itself never counted); start when n is 0. */
  LocalDate plus(LocalDate start, int n) {
    if (n == 0) {
      return start;
    }
    if (makeUpCounted) {
      return calendar.plusWorkingDays(start, n);
    }
    LocalDate d = start;
    int remaining = n;
    while (remaining > 0) {
      LocalDate d2 = calendar.plusWorkingDays(d, remaining);
      int makeUps = makeUpsIn(d, d2);
      d = d2;
      remaining = makeUps;
    }
    return d;
  }

  /** Counted days in (startExclusive, endInclusive]; 0 when the range is empty. */
  int between(LocalDate startExclusive, LocalDate endInclusive) {
    if (!endInclusive.isAfter(startExclusive)) {
      return 0;
    }
    int n = calendar.workingDaysBetween(startExclusive, endInclusive);
    return makeUpCounted ? n : n - makeUpsIn(startExclusive, endInclusive);
  }

  private int makeUpsIn(LocalDate startExclusive, LocalDate endInclusive) {
    int c = 0;
    for (LocalDate x = startExclusive.plusDays(1); !x.isAfter(endInclusive); x = x.plusDays(1)) {
      if (calendar.dayType(x) == DayType.MAKEUP_WORKDAY) {
        c++;
      }
    }
    return c;
  }

  String version() {
    return calendar.getVersion();
  }
}

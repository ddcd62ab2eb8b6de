package io.github.gongkai.core.calendar;

import io.github.gongkai.core.GongkaiException;
import java.time.LocalDate;

/**
 * A date, or the result of a working-day computation, lies outside the dates a {@link
 * WorkingCalendar} covers. gongkai never falls back to a Monday-to-Friday guess: add the missing
 * year to the calendar instead (see {@link WorkingCalendar#extendedWith(WorkingCalendar)}).
 */
public class CalendarCoverageException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate coverageStart;
  private final LocalDate coverageEnd;

  /**
   * Creates the exception.
   *
   * @param date the date that was asked about (or the start of the computation); not null
   * @param coverageStart the first covered date; not null
   * @param coverageEnd the last covered date; not null
   * @param detail what was asked, e.g. {@code "plusWorkingDays(2026-12-20, 20): the result lies
   *     after the last covered date"}; not null
   */
  public CalendarCoverageException(
      LocalDate date, LocalDate coverageStart, LocalDate coverageEnd, String detail) {
    super(
        detail
            + " - the calendar covers "
            + coverageStart
            + ".."
            + coverageEnd
            + " (日历覆盖 "
            + coverageStart
            + " 至 "
            + coverageEnd
            + ")");
    this.date = date;
    this.coverageStart = coverageStart;
    this.coverageEnd = coverageEnd;
  }

  /**
   * The date asked about, or the start date of a computation whose result is not covered.
   *
   * @return the date, not null
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * The first date the calendar covers.
   *
   * @return the date, not null
   */
  public LocalDate getCoverageStart() {
    return coverageStart;
  }

  /**
   * The last date the calendar covers.
   *
   * @return the date, not null
   */
  public LocalDate getCoverageEnd() {
    return coverageEnd;
  }
}

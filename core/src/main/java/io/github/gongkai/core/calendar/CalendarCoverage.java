package io.github.gongkai.core.calendar;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The contiguous range of dates a {@link WorkingCalendar} covers, both ends included. Immutable
 * and thread-safe.
 */
public final class CalendarCoverage {
  private final LocalDate first;
  private final LocalDate last;

  private CalendarCoverage(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * A coverage range.
   *
   * @param first the first covered date; not null
   * @param last the last covered date, not before {@code first}; not null
   * @return the range
   * @throws InvalidValueException if a date is null or {@code last} is before {@code first}
   */
  public static CalendarCoverage of(LocalDate first, LocalDate last) {
    InvalidValueException.requireNonNull(first, "coverage.first");
    InvalidValueException.requireNonNull(last, "coverage.last");
    if (last.isBefore(first)) {
      throw new InvalidValueException(
          "coverage", first + ".." + last, "the last date must not be before the first");
    }
    return new CalendarCoverage(first, last);
  }

  /**
   * The first covered date.
   *
   * @return the date, not null
   */
  public LocalDate getFirst() {
    return first;
  }

  /**
   * The last covered date.
   *
   * @return the date, not null
   */
  public LocalDate getLast() {
    return last;
  }

  /**
   * Whether the date is covered.
   *
   * @param date a date; not null
   * @return true if {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Whether every day of the given year is covered.
   *
   * @param year the year
   * @return true if 1 January and 31 December of the year are both covered
   */
  public boolean containsYear(int year) {
    return contains(LocalDate.of(year, 1, 1)) && contains(LocalDate.of(year, 12, 31));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalendarCoverage
        && first.equals(((CalendarCoverage) o).first)
        && last.equals(((CalendarCoverage) o).last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  /** The range as {@code first..last}, e.g. {@code 2008-01-01..2026-12-31}. */
  @Override
  public String toString() {
    return first + ".." + last;
  }
}

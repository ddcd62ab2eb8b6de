package io.github.gongkai.core.calendar;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The contiguous range of dates a {@link WorkingCalendar} covers, both ends included. Immutable
 * and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class CalendarCoverage {
  CalendarCoverage() {}

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
    return ImmutableCalendarCoverage.builder().first(first).last(last).build();
  }

  /**
   * The first covered date.
   *
   * @return the date, not null
   */
  public abstract LocalDate getFirst();

  /**
   * The last covered date.
   *
   * @return the date, not null
   */
  public abstract LocalDate getLast();

  @Value.Check
  void check() {
    if (getLast().isBefore(getFirst())) {
      throw new InvalidValueException(
          "coverage", getFirst() + ".." + getLast(), "the last date must not be before the first");
    }
  }

  /**
   * Whether the date is covered.
   *
   * @param date a date; not null
   * @return true if {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getFirst()) && !date.isAfter(getLast());
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
  public String toString() {
    return getFirst() + ".." + getLast();
  }
}

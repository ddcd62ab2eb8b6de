package io.github.gongkai.core.calendar;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One listed day of a calendar: a day off ({@link DayType#HOLIDAY}) or a make-up working day
 * ({@link DayType#MAKEUP_WORKDAY}), with the name of the holiday it belongs to in Chinese and
 * English. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class CalendarEntry implements Comparable<CalendarEntry> {
  CalendarEntry() {}

  /**
   * A day off (休).
   *
   * @param date the date, any day of the week; not null
   * @param name the holiday's Chinese name, e.g. {@code 春节}; not blank
   * @param englishName the holiday's English name, e.g. {@code Spring Festival}; not blank
   * @return the entry
   * @throws InvalidValueException if an argument is null or blank
   */
  public static CalendarEntry dayOff(LocalDate date, String name, String englishName) {
    return of(date, DayType.HOLIDAY, name, englishName);
  }

  /**
   * A make-up working day (班): a Saturday or Sunday worked in exchange for a day off.
   *
   * @param date a Saturday or Sunday; not null
   * @param name the Chinese name of the holiday it makes up for; not blank
   * @param englishName the English name of that holiday; not blank
   * @return the entry
   * @throws InvalidValueException if the date is a weekday, or an argument is null or blank
   */
  public static CalendarEntry makeupWorkday(LocalDate date, String name, String englishName) {
    return of(date, DayType.MAKEUP_WORKDAY, name, englishName);
  }

  /**
   * An entry of the given type.
   *
   * @param date the date; not null
   * @param type {@link DayType#HOLIDAY} or {@link DayType#MAKEUP_WORKDAY}; not null
   * @param name the Chinese name; not blank
   * @param englishName the English name; not blank
   * @return the entry
   * @throws InvalidValueException if the type is another one, a make-up working day is not on a
   *     weekend, or an argument is null or blank
   */
  public static CalendarEntry of(LocalDate date, DayType type, String name, String englishName) {
    InvalidValueException.requireNonNull(date, "date");
    InvalidValueException.requireNonNull(type, "type");
    requireText(name, "name");
    requireText(englishName, "englishName");
    return ImmutableCalendarEntry.builder()
        .date(date)
        .type(type)
        .name(name.strip())
        .englishName(englishName.strip())
        .build();
  }

  @Value.Check
  void check() {
    DayType type = getType();
    if (type != DayType.HOLIDAY && type != DayType.MAKEUP_WORKDAY) {
      throw new InvalidValueException("type", type.getCode(), "must be holiday or makeup_workday");
    }
    LocalDate date = getDate();
    if (type == DayType.MAKEUP_WORKDAY && !isWeekend(date)) {
      throw new InvalidValueException(
          "date",
          date + " (" + date.getDayOfWeek() + ")",
          "a make-up working day must be a Saturday or Sunday");
    }
    requireText(getName(), "name");
    requireText(getEnglishName(), "englishName");
  }

  private static void requireText(String value, String field) {
    InvalidValueException.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, "\"" + value + "\"", "must not be blank");
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * The date.
   *
   * @return the date, not null
   */
  public abstract LocalDate getDate();

  /**
   * The type: {@link DayType#HOLIDAY} or {@link DayType#MAKEUP_WORKDAY}.
   *
   * @return the type, not null
   */
  public abstract DayType getType();

  /**
   * The Chinese name of the holiday, e.g. {@code 春节}.
   *
   * @return the name, not null
   */
  public abstract String getName();

  /**
   * The English name of the holiday, e.g. {@code Spring Festival}.
   *
   * @return the name, not null
   */
  public abstract String getEnglishName();

  /** Orders entries by date. */
  @Override
  public int compareTo(CalendarEntry other) {
    return getDate().compareTo(other.getDate());
  }

  /** The entry as a TSV row: {@code date<TAB>OFF|WORK<TAB>name<TAB>englishName}. */
  @Override
  public String toString() {
    return getDate() + "\t" + (getType() == DayType.HOLIDAY ? "OFF" : "WORK") + "\t" + getName()
        + "\t" + getEnglishName();
  }
}

package io.github.gongkai.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;

/** What kind of day a date is in a {@link WorkingCalendar}. */
public enum DayType {
  /** Monday to Friday, not a day off. */
  WORKDAY("workday", "工作日", "working day", true),
  /** Saturday or Sunday, neither a day off of a holiday nor a make-up working day. */
  WEEKEND("weekend", "周末", "weekend", false),
  /** A day off (休) of a holiday arrangement, whatever the day of the week. */
  HOLIDAY("holiday", "节假日", "holiday", false),
  /** A Saturday or Sunday that is a working day (调休上班, 班). */
  MAKEUP_WORKDAY("makeup_workday", "调休上班日", "make-up working day", true);

  private final String code;
  private final String chinese;
  private final String english;
  private final boolean working;

  DayType(String code, String chinese, String english, boolean working) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
    this.working = working;
  }

  /**
   * The stable code used in JSON.
   *
   * @return the code, e.g. {@code "makeup_workday"}
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The Chinese label.
   *
   * @return e.g. {@code 调休上班日}
   */
  public String getChinese() {
    return chinese;
  }

  /**
   * The English label.
   *
   * @return e.g. {@code make-up working day}
   */
  public String getEnglish() {
    return english;
  }

  /**
   * Whether a day of this type is a working day (工作日).
   *
   * @return true for {@link #WORKDAY} and {@link #MAKEUP_WORKDAY}
   */
  public boolean isWorking() {
    return working;
  }

  /**
   * The type with the given code.
   *
   * @param code a code as returned by {@link #getCode()}; not null
   * @return the type
   * @throws InvalidValueException if no type has this code
   */
  @JsonCreator
  public static DayType ofCode(String code) {
    InvalidValueException.requireNonNull(code, "dayType");
    for (DayType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new InvalidValueException(
        "dayType", code, "must be one of workday, weekend, holiday, makeup_workday");
  }
}

package io.github.gongkai.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** What kind of day a date is in a {@link WorkingCalendar}. */
public enum DayType implements Coded {
  /** Monday to Friday, not a day off. */
  WORKDAY("workday", true),
  /** Saturday or Sunday, neither a day off of a holiday nor a make-up working day. */
  WEEKEND("weekend", false),
  /** A day off (休) of a holiday arrangement, whatever the day of the week. */
  HOLIDAY("holiday", false),
  /** A Saturday or Sunday that is a working day (调休上班, 班). */
  MAKEUP_WORKDAY("makeup_workday", true);

  private final String code;
  private final boolean working;

  DayType(String code, boolean working) {
    this.code = code;
    this.working = working;
  }

  /**
   * The stable code used in JSON.
   *
   * @return the code, e.g. {@code "makeup_workday"}
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
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
    return EnumCodes.lookup(DayType.class, "dayType", code);
  }
}

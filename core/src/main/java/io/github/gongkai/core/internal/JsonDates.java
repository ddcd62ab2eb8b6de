package io.github.gongkai.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;

/**
 * The one date form of gongkai documents, {@code yyyy-MM-dd} with a four-digit year, resolved
 * strictly: {@code 2024-02-30} is an error, not 2024-02-29; not part of the public API.
 */
public final class JsonDates {
  /** What a date field must hold. */
  public static final String RULE = "must be a real date written yyyy-MM-dd";

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private JsonDates() {}

  /**
   * Parses a date.
   *
   * @param text the text
   * @return the date
   * @throws java.time.format.DateTimeParseException if the text is not a real date in the form
   */
  public static LocalDate parse(String text) {
    return LocalDate.parse(text, FORMAT);
  }
}

package io.github.gongkai.core.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import org.jspecify.annotations.Nullable;

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
    LocalDate plain = plain(text);
    return plain != null ? plain : LocalDate.parse(text, FORMAT);
  }

  /**
   * The date of ten characters {@code dddd-dd-dd} naming a real day, read without a formatter (the
   * common case, several times faster); null for anything else, which {@link #FORMAT} then reads or
   * refuses with its message. Gives the same date the formatter gives.
   */
  private static @Nullable LocalDate plain(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    if (d > 28 && d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}

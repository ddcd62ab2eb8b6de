package io.github.gongkai.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast date reading gives exactly what a strict {@code yyyy-MM-dd} formatter gives. */
class JsonDatesTest {
  private static final DateTimeFormatter STRICT =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  @Test
  void every_candidate_reads_as_the_strict_formatter_reads_it() {
    List<String> texts = new ArrayList<>();
    for (int y : new int[] {0, 1, 4, 100, 1900, 2000, 2023, 2024, 2100, 2400, 9999}) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          texts.add(String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
        }
      }
    }
    for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
      texts.add(d.toString());
    }
    texts.addAll(List.of("", "2024-2-29", "2024-02-1", "02024-01-01", "+2024-01-01", "-001-01-01", "2024/01/01",
        "2024-01-01 ", " 2024-01-01", "2024-0a-01", "2024-01-3a", "２０２４-01-01", "2024-01-01T00", "2024-13-01",
        "20240101", "2024-01--1", "2024--1-01"));
    for (String text : texts) {
      assertThat(outcome(() -> JsonDates.parse(text))).as(text).isEqualTo(outcome(() -> LocalDate.parse(text, STRICT)));
    }
  }

  private static String outcome(java.util.function.Supplier<LocalDate> parse) {
    try {
      return parse.get().toString();
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }
}

package io.github.gongkai.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document date is ten ASCII characters {@code yyyy-MM-dd} naming a real day: the fast reading
 * and the formatter behind it accept exactly those and read them as that day.
 */
class JsonDatesTest {
  /** The written form, digits 0-9 only. */
  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @ParameterizedTest
  @CsvSource({
    "2024-02-29, 2024, 2, 29",
    "2000-02-29, 2000, 2, 29",
    "2023-12-31, 2023, 12, 31",
    "0000-01-01, 0, 1, 1",
    "0004-02-29, 4, 2, 29",
    "9999-12-31, 9999, 12, 31"
  })
  void a_real_day_reads_as_that_day(String text, int year, int month, int day) {
    assertThat(JsonDates.parse(text)).isEqualTo(LocalDate.of(year, month, day));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2100-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10",
      "2024-01-00", "2024-01-32", "+2024-01-01", "2024-2-29", "２０２４-01-01", ""})
  void anything_else_is_refused(String text) {
    assertThatThrownBy(() -> JsonDates.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void every_candidate_is_read_as_its_day_exactly_when_it_is_written_yyyy_mm_dd_and_real() {
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
        "20240101", "2024-01--1", "2024--1-01", "-0001-01-01", "+10000-01-01"));
    for (String text : texts) {
      assertThat(outcome(text)).as(text).isEqualTo(expected(text));
    }
  }

  /** The day the text names if it has the form and is a real ISO date, else "refused". */
  private static String expected(String text) {
    if (!FORM.matcher(text).matches()) {
      return "refused";
    }
    try {
      return LocalDate.parse(text).toString(); // ISO-8601, resolved strictly
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }

  private static String outcome(String text) {
    try {
      return JsonDates.parse(text).toString();
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }
}

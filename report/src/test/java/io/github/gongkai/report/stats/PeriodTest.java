package io.github.gongkai.report.stats;

import static io.github.gongkai.report.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Periods: parsing, the previous period and the same period a year earlier. */
class PeriodTest {

  @Test
  void parses_a_year_quarter_month_and_range() {
    Period y = Period.parse("2024");
    assertThat(y.getKind()).isEqualTo(Period.Kind.YEAR);
    assertThat(y.getFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(y.getTo()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(y.getDays()).isEqualTo(366);
    Period q = Period.parse("2024-Q3");
    assertThat(q.getFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(q.getTo()).isEqualTo(LocalDate.of(2024, 9, 30));
    Period m = Period.parse("2024-02");
    assertThat(m.getTo()).isEqualTo(LocalDate.of(2024, 2, 29));
    // 篇1's September to December
    Period r = Period.parse("2024-09-01..2024-12-31");
    assertThat(r.getKind()).isEqualTo(Period.Kind.RANGE);
    assertThat(r.getDays()).isEqualTo(30 + 31 + 30 + 31);
    for (String s : new String[] {"2024", "2024-Q3", "2024-02", "2024-09-01..2024-12-31"}) {
      assertThat(Period.parse(s).toString()).isEqualTo(s);
    }
    assertThat(Period.parse("2024-q1")).isEqualTo(Period.quarter(2024, 1));
  }

  @Test
  void refuses_what_is_not_a_period() {
    for (String s : new String[] {"", "24", "2024-Q5", "2024-13", "2024-02-30..2024-03-01", "2024-12-31..2024-01-01", "2024-09-01"}) {
      assertThatThrownBy(() -> Period.parse(s)).as(s).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void previous_and_year_earlier_of_calendar_periods() {
    assertThat(Period.parse("2024-03").previous()).isEqualTo(Period.parse("2024-02"));
    assertThat(Period.parse("2024-01").previous()).isEqualTo(Period.parse("2023-12"));
    assertThat(Period.parse("2024-Q1").previous()).isEqualTo(Period.parse("2023-Q4"));
    assertThat(Period.parse("2024-Q3").previous()).isEqualTo(Period.parse("2024-Q2"));
    assertThat(Period.parse("2024").previous()).isEqualTo(Period.parse("2023"));
    assertThat(Period.parse("2024-02").yearEarlier()).isEqualTo(Period.parse("2023-02"));
    assertThat(Period.parse("2024-Q3").yearEarlier()).isEqualTo(Period.parse("2023-Q3"));
    // 篇3's year to 16 November: the same days a year before, and the 321 days before it (2023-12-31 is day 365, less 320 is day 45, 14 February)
    Period r = Period.parse("2024-01-01..2024-11-16");
    assertThat(r.yearEarlier()).isEqualTo(Period.parse("2023-01-01..2023-11-16"));
    assertThat(r.previous()).isEqualTo(Period.parse("2023-02-14..2023-12-31"));
    // 29 February has no year-earlier twin
    assertThat(Period.parse("2024-02-29..2024-03-31").yearEarlier()).isEqualTo(Period.parse("2023-02-28..2023-03-31"));
  }

  @Test
  void split_cuts_the_first_and_last_parts() {
    assertThat(Period.parse("2024-09-15..2024-11-30").split(Period.Kind.MONTH))
        .containsExactly(Period.parse("2024-09-15..2024-09-30"), Period.parse("2024-10"), Period.parse("2024-11"));
    assertThat(Period.parse("2024").split(Period.Kind.QUARTER))
        .containsExactly(Period.parse("2024-Q1"), Period.parse("2024-Q2"), Period.parse("2024-Q3"), Period.parse("2024-Q4"));
    assertThat(Period.parse("2024-02").split(Period.Kind.YEAR)).containsExactly(Period.parse("2024-02-01..2024-02-29"));
    assertThatThrownBy(() -> Period.parse("2024").split(Period.Kind.RANGE)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void the_previous_range_has_as_many_days_and_ends_the_day_before() {
    qt().forAll(integers().between(0, 20_000), integers().between(0, 800))
        .checkAssert(
            (start, length) -> {
              LocalDate from = LocalDate.of(1990, 1, 1).plusDays(start);
              Period p = Period.of(from, from.plusDays(length));
              Period prev = p.previous();
              assertThat(prev.getDays()).isEqualTo(p.getDays()).isEqualTo(length + 1L);
              assertThat(prev.getTo()).isEqualTo(from.minusDays(1));
              assertThat(Period.parse(p.toString())).isEqualTo(p);
              // the year-earlier range starts and ends one year before
              assertThat(p.yearEarlier().getFrom()).isEqualTo(from.minusYears(1));
              assertThat(ChronoUnit.DAYS.between(p.yearEarlier().getFrom(), p.getFrom())).isBetween(365L, 366L);
            });
  }

  @Test
  void calendar_periods_step_back_to_the_unit_ending_the_day_before() {
    qt().forAll(integers().between(1990, 2100), integers().between(1, 12), integers().between(0, 2))
        .checkAssert(
            (year, month, kind) -> {
              Period p =
                  kind == 0
                      ? Period.month(java.time.YearMonth.of(year, month))
                      : kind == 1 ? Period.quarter(year, (month + 2) / 3) : Period.year(year);
              Period prev = p.previous();
              assertThat(prev.getKind()).isEqualTo(p.getKind());
              assertThat(prev.getTo()).isEqualTo(p.getFrom().minusDays(1));
              assertThat(prev.getFrom().getDayOfMonth()).isEqualTo(1);
              assertThat(p.yearEarlier().getFrom()).isEqualTo(p.getFrom().minusYears(1));
              assertThat(p.yearEarlier().getKind()).isEqualTo(p.getKind());
              assertThat(p.split(p.getKind())).containsExactly(p);
              assertThat(Period.parse(p.toString())).isEqualTo(p);
            });
  }
}

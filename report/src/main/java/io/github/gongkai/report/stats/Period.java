package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period: a calendar month, quarter or year, or any range of days (agencies report over
 * periods that are not calendar years: September to December, 1 January to 16 November, January to
 * May). Written and parsed as {@code 2024}, {@code 2024-Q3}, {@code 2024-09} or {@code
 * 2024-09-01..2024-12-31}; both ends are included.
 *
 * <p>For period-over-period change (环比) {@link #previous()} is the month, quarter or year before a
 * calendar period, and for a range the range of as many days ending the day before; for
 * year-over-year change (同比) {@link #yearEarlier()} is the same month, quarter or year one year
 * earlier, and for a range both ends moved back one year (29 February becomes 28 February).
 *
 * <p>Immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {
  /** What a period is. */
  public enum Kind {
    /** A calendar month, e.g. {@code 2024-09}. */
    MONTH,
    /** A calendar quarter, e.g. {@code 2024-Q3}. */
    QUARTER,
    /** A calendar year, e.g. {@code 2024}. */
    YEAR,
    /** Any range of days, e.g. {@code 2024-09-01..2024-12-31}. */
    RANGE
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  private final Kind kind;
  private final LocalDate from;
  private final LocalDate to;

  private Period(Kind kind, LocalDate from, LocalDate to) {
    this.kind = kind;
    this.from = from;
    this.to = to;
  }

  /**
   * A range of days, both ends included.
   *
   * @param from the first day; not null
   * @param to the last day, not before {@code from}; not null
   * @return the period
   * @throws InvalidValueException if {@code to} is before {@code from}
   */
  public static Period of(LocalDate from, LocalDate to) {
    InvalidValueException.requireNonNull(from, "from");
    InvalidValueException.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to.toString(), "must not be before from " + from);
    }
    return new Period(Kind.RANGE, from, to);
  }

  /**
   * A calendar month.
   *
   * @param month the month; not null
   * @return the period
   */
  public static Period month(YearMonth month) {
    InvalidValueException.requireNonNull(month, "month");
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A calendar quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter 1 to 4
   * @return the period
   * @throws InvalidValueException for a quarter or year out of range
   */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new InvalidValueException("quarter", Integer.toString(quarter), "must be 1 to 4");
    }
    LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
  }

  /**
   * A calendar year.
   *
   * @param year the year, 1 to 9999
   * @return the period
   * @throws InvalidValueException for a year out of range
   */
  public static Period year(int year) {
    checkYear(year);
    return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new InvalidValueException("year", Integer.toString(year), "must be 1 to 9999");
    }
  }

  /**
   * Parses {@code 2024}, {@code 2024-Q3}, {@code 2024-09} or {@code 2024-09-01..2024-12-31}.
   *
   * @param text the text; not null
   * @return the period
   * @throws InvalidValueException for any other text, an impossible date or a range ending before
   *     it starts
   */
  public static Period parse(String text) {
    InvalidValueException.requireNonNull(text, "period");
    String t = text.trim();
    try {
      Matcher m = YEAR.matcher(t);
      if (m.matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      m = QUARTER.matcher(t);
      if (m.matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      m = MONTH.matcher(t);
      if (m.matches()) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      m = RANGE.matcher(t);
      if (m.matches()) {
        return of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (java.time.DateTimeException e) {
      throw new InvalidValueException("period", text, "must be a real date: " + e.getMessage());
    }
    throw new InvalidValueException(
        "period", text, "must be a year (2024), a quarter (2024-Q3), a month (2024-09) or a range (2024-09-01..2024-12-31)");
  }

  /**
   * What the period is.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The first day.
   *
   * @return the date
   */
  public LocalDate getFrom() {
    return from;
  }

  /**
   * The last day (included).
   *
   * @return the date
   */
  public LocalDate getTo() {
    return to;
  }

  /**
   * The number of days, both ends included.
   *
   * @return 1 or more
   */
  public long getDays() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * Whether a day falls in the period.
   *
   * @param date the day, or null (never contained)
   * @return true if {@code from <= date <= to}
   */
  public boolean contains(@Nullable LocalDate date) {
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * The period before, for period-over-period change (环比): the previous month, quarter or year;
   * for a range, as many days ending the day before it starts.
   *
   * @return the previous period
   */
  public Period previous() {
    switch (kind) {
      case MONTH:
        return month(YearMonth.from(from).minusMonths(1));
      case QUARTER:
        LocalDate q = from.minusMonths(3);
        return quarter(q.getYear(), (q.getMonthValue() + 2) / 3);
      case YEAR:
        return year(from.getYear() - 1);
      default:
        long days = getDays();
        return of(from.minusDays(days), from.minusDays(1));
    }
  }

  /**
   * The same period one year earlier, for year-over-year change (同比): the same month, quarter or
   * year; for a range, both ends one year earlier (29 February becomes 28 February).
   *
   * @return the period a year earlier
   */
  public Period yearEarlier() {
    switch (kind) {
      case MONTH:
        return month(YearMonth.from(from).minusYears(1));
      case QUARTER:
        return quarter(from.getYear() - 1, (from.getMonthValue() + 2) / 3);
      case YEAR:
        return year(from.getYear() - 1);
      default:
        return of(from.minusYears(1), to.minusYears(1));
    }
  }

  /**
   * The calendar months, quarters or years the period touches, in order, each cut to the period
   * (a cut part is a {@link Kind#RANGE}): 2024-09-15..2024-11-30 by month is 2024-09-15..2024-09-30,
   * 2024-10, 2024-11.
   *
   * @param unit {@link Kind#MONTH}, {@link Kind#QUARTER} or {@link Kind#YEAR}; not null
   * @return the parts, covering the period without overlap
   * @throws InvalidValueException for {@link Kind#RANGE}
   */
  public List<Period> split(Kind unit) {
    InvalidValueException.requireNonNull(unit, "unit");
    if (unit == Kind.RANGE) {
      throw new InvalidValueException("unit", "range", "must be month, quarter or year");
    }
    List<Period> out = new ArrayList<>();
    Period p = containing(unit, from);
    while (!p.from.isAfter(to)) {
      if (p.from.isBefore(from) || p.to.isAfter(to)) {
        out.add(of(p.from.isBefore(from) ? from : p.from, p.to.isAfter(to) ? to : p.to));
      } else {
        out.add(p);
      }
      if (p.to.getYear() == 9999 && p.to.getDayOfYear() == p.to.lengthOfYear()) {
        break;
      }
      p = containing(unit, p.to.plusDays(1));
    }
    return out;
  }

  private static Period containing(Kind unit, LocalDate d) {
    switch (unit) {
      case MONTH:
        return month(YearMonth.from(d));
      case QUARTER:
        return quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
      default:
        return year(d.getYear());
    }
  }

  @Override
  public int compareTo(Period o) {
    int c = from.compareTo(o.from);
    return c != 0 ? c : to.compareTo(o.to);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Period && ((Period) o).kind == kind && ((Period) o).from.equals(from) && ((Period) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + from.hashCode()) * 31 + to.hashCode();
  }

  /**
   * As parsed: {@code 2024}, {@code 2024-Q3}, {@code 2024-09} or {@code 2024-09-01..2024-12-31}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", from.getYear());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", from.getYear(), (from.getMonthValue() + 2) / 3);
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", from.getYear(), from.getMonthValue());
      default:
        return from + ".." + to;
    }
  }
}

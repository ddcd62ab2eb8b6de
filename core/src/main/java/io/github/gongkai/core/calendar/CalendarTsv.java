package io.github.gongkai.core.calendar;

import io.github.gongkai.core.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads calendar data in gongkai's TSV format, the format of the bundled State Council data.
 *
 * <pre>
 * # comment lines start with '#'; blank lines are ignored
 * &#64;version   cn-national/2027
 * &#64;coverage  2027-01-01   2027-12-31
 * &#64;source    国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）
 * 2027-01-01  OFF   元旦  New Year's Day
 * 2027-02-06  WORK  春节  Spring Festival
 * </pre>
 *
 * <p>Fields are separated by one TAB. {@code OFF} is a day off (any day of the week), {@code WORK}
 * a make-up working day (a Saturday or Sunday). Both names are required. {@code @source} may
 * repeat. Stateless and thread-safe.
 */
public final class CalendarTsv {
  private CalendarTsv() {}

  /**
   * Reads a complete calendar: {@code @version}, {@code @coverage} and at least one {@code
   * @source} are required.
   *
   * @param reader the text; not null. It is read to the end but not closed.
   * @param origin a name for the text used in error messages, e.g. a file name; not null
   * @return the calendar
   * @throws InvalidValueException naming {@code origin:line} for a malformed line, a missing
   *     directive, a make-up working day on a weekday, a date outside the coverage or listed twice
   * @throws UncheckedIOException if reading fails
   */
  public static WorkingCalendar read(Reader reader, String origin) {
    Parsed p = parse(reader, origin);
    if (p.version == null) {
      throw new InvalidValueException(origin, null, "@version is required");
    }
    if (p.coverageFirst == null || p.coverageLast == null) {
      throw new InvalidValueException(origin, null, "@coverage is required");
    }
    return WorkingCalendar.builder()
        .coverage(p.coverageFirst, p.coverageLast)
        .version(p.version)
        .sources(p.sources)
        .entries(p.entries)
        .build();
  }

  /** The content of one TSV text. */
  static final class Parsed {
    @Nullable String version;
    @Nullable LocalDate coverageFirst;
    @Nullable LocalDate coverageLast;
    final List<String> sources = new ArrayList<>();
    final List<CalendarEntry> entries = new ArrayList<>();
  }

  static Parsed parse(Reader reader, String origin) {
    InvalidValueException.requireNonNull(reader, "reader");
    InvalidValueException.requireNonNull(origin, "origin");
    Parsed p = new Parsed();
    BufferedReader in = new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = origin + ":" + lineNo;
        String[] f = line.split("\t", -1);
        if (line.startsWith("@")) {
          directive(p, f, where, line);
        } else {
          p.entries.add(row(f, where, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar data " + origin, e);
    }
    return p;
  }

  private static void directive(Parsed p, String[] f, String where, String line) {
    switch (f[0]) {
      case "@version":
        requireFields(f, 2, where, line, "@version<TAB>version");
        p.version = f[1];
        break;
      case "@source":
        requireFields(f, 2, where, line, "@source<TAB>text");
        p.sources.add(f[1]);
        break;
      case "@coverage":
        requireFields(f, 3, where, line, "@coverage<TAB>first date<TAB>last date");
        p.coverageFirst = date(f[1], where);
        p.coverageLast = date(f[2], where);
        break;
      default:
        throw new InvalidValueException(
            where, line, "unknown directive; expected @version, @coverage or @source");
    }
  }

  private static CalendarEntry row(String[] f, String where, String line) {
    requireFields(f, 4, where, line, "date<TAB>OFF|WORK<TAB>name<TAB>English name");
    LocalDate date = date(f[0], where);
    DayType type;
    switch (f[1]) {
      case "OFF":
        type = DayType.HOLIDAY;
        break;
      case "WORK":
        type = DayType.MAKEUP_WORKDAY;
        break;
      default:
        throw new InvalidValueException(where, f[1], "the second field must be OFF or WORK");
    }
    try {
      return CalendarEntry.of(date, type, f[2], f[3]);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(where, line, e.getMessage());
    }
  }

  private static void requireFields(String[] f, int n, String where, String line, String form) {
    if (f.length != n) {
      throw new InvalidValueException(where, line, "expected " + n + " TAB-separated fields: " + form);
    }
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(where, text, "must be an ISO date such as 2027-01-01");
    }
  }
}

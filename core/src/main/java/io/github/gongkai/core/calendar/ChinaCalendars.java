package io.github.gongkai.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * China's official national working-day calendar, as bundled with gongkai.
 *
 * <p>The data are the State Council's yearly notices (国务院办公厅关于××××年部分节假日安排的通知)
 * for 2008 to 2026, together with the notices that changed them (the 2015 Victory Day notice, the
 * 2019 Labour Day change and the 2020 Spring Festival extension). They live in one reviewed
 * resource file per notice year, {@code io/github/gongkai/core/calendar/cn/YYYY.tsv}, whose header
 * names the notice, its document number and what it was checked against.
 *
 * <p>What is listed, and so what {@link DayType#HOLIDAY} means here:
 *
 * <ul>
 *   <li>a day off is every day the notice names as 放假 or 补休, singly or as a span "A至B" — every
 *       day of a span, Saturdays and Sundays included (e.g. 2015-02-21, a Saturday of the Spring
 *       Festival span);
 *   <li>a Saturday or Sunday the notice does not name stays an ordinary {@link DayType#WEEKEND},
 *       even when the notice joins it to a holiday ("与周末连休", e.g. 2024-06-08) or it falls
 *       between a holiday and its 补休 (2014-04-06, 2015-06-21); either way it is not a working day;
 *   <li>a make-up working day is every Saturday or Sunday the notice says is worked (上班);
 *   <li>days a notice sets in the previous December (2011-12-31, 2018-12-29..31, 2022-12-31)
 *       belong to that December; the 2008 notice's days in December 2007 lie before the coverage
 *       and are not included;
 *   <li>later notices that changed a year are applied: 2015-09-03..05 off and 09-06 worked
 *       (国发明电〔2015〕1号); Labour Day 2019 as 05-01..04 with 04-28 and 05-05 worked (国办发明电〔2019〕3号);
 *       the Spring Festival 2020 extended to 02-02 (国办发明电〔2020〕1号), so 01-31..02-02 are days
 *       off and Saturday 02-01, first announced as a make-up working day, is a day off.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChinaCalendars {
  /** First year covered by {@link #official()}. */
  public static final int FIRST_YEAR = 2008;

  /** Last year covered by {@link #official()}. */
  public static final int LAST_YEAR = 2026;

  /**
   * Version of the bundled data: coverage and the date of the latest notice included
   * (国办发明电〔2025〕7号, 4 November 2025).
   */
  public static final String OFFICIAL_VERSION = "cn-national/2008-2026/2025-11-04";

  private ChinaCalendars() {}

  /**
   * The bundled national calendar, 2008-01-01 to 2026-12-31. Any date outside throws {@link
   * CalendarCoverageException}; add a newly published year with {@link
   * WorkingCalendar#extendedWith(WorkingCalendar)}.
   *
   * @return the shared calendar instance
   */
  public static WorkingCalendar official() {
    return Holder.OFFICIAL;
  }

  private static final class Holder {
    static final WorkingCalendar OFFICIAL = load();
  }

  private static WorkingCalendar load() {
    WorkingCalendar.Builder b =
        WorkingCalendar.builder().coverageYears(FIRST_YEAR, LAST_YEAR).version(OFFICIAL_VERSION);
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      String name = "cn/" + year + ".tsv";
      try (InputStream in = ChinaCalendars.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled calendar resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          CalendarTsv.Parsed p = CalendarTsv.parse(r, name);
          b.sources(p.sources).entries(p.entries);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled calendar resource " + name, e);
      }
    }
    return b.build();
  }
}

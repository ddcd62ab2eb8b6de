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
 * names the notice, its document number and what it was checked against. Stateless and
 * thread-safe.
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

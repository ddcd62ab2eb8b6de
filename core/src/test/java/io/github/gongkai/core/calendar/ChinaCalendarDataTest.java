package io.github.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Integrity of the bundled State Council data, one case per notice year. The expected figures are
 * transcribed from the notices themselves (not from the resource files): the number of days off
 * and of make-up working days each notice sets, its Spring Festival and National Day spans, and
 * the holidays it names.
 */
class ChinaCalendarDataTest {

  private static final List<String> SEVEN =
      List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

  /** year, days off, make-up working days, Spring Festival span, National Day span, notice no. */
  static Stream<Arguments> notices() {
    return Stream.of(
        n(2008, 27, 5, "02-06", "02-12", "09-29", "10-05", "国办发明电〔2007〕52号"),
        n(2009, 27, 6, "01-25", "01-31", "10-01", "10-08", "国办发明电〔2008〕42号"),
        n(2010, 29, 8, "02-13", "02-19", "10-01", "10-07", "国办发明电〔2009〕27号"),
        n(2011, 29, 5, "02-02", "02-08", "10-01", "10-07", "国办发明电〔2010〕40号"),
        n(2012, 27, 7, "01-22", "01-28", "09-30", "10-07", "国办发明电〔2011〕45号"),
        n(2013, 29, 12, "02-09", "02-15", "10-01", "10-07", "国办发明电〔2012〕33号"),
        n(2014, 22, 5, "01-31", "02-06", "10-01", "10-07", "国办发明电〔2013〕28号"),
        n(2015, 26, 5, "02-18", "02-24", "10-01", "10-07", "国办发明电〔2014〕28号"),
        n(2016, 24, 6, "02-07", "02-13", "10-01", "10-07", "国办发明电〔2015〕18号"),
        n(2017, 24, 5, "01-27", "02-02", "10-01", "10-08", "国办发明电〔2016〕17号"),
        n(2018, 23, 6, "02-15", "02-21", "10-01", "10-07", "国办发明电〔2017〕12号"),
        n(2019, 24, 7, "02-04", "02-10", "10-01", "10-07", "国办发明电〔2018〕15号"),
        n(2020, 30, 6, "01-24", "02-02", "10-01", "10-08", "国办发明电〔2019〕16号"),
        n(2021, 31, 7, "02-11", "02-17", "10-01", "10-07", "国办发明电〔2020〕27号"),
        n(2022, 31, 7, "01-31", "02-06", "10-01", "10-07", "国办发明电〔2021〕11号"),
        n(2023, 27, 7, "01-21", "01-27", "09-29", "10-06", "国办发明电〔2022〕16号"),
        n(2024, 28, 8, "02-10", "02-17", "10-01", "10-07", "国办发明电〔2023〕7号"),
        n(2025, 28, 5, "01-28", "02-04", "10-01", "10-08", "国办发明电〔2024〕12号"),
        n(2026, 33, 6, "02-15", "02-23", "10-01", "10-07", "国办发明电〔2025〕7号"));
  }

  private static Arguments n(
      int year, int off, int work, String sf1, String sf2, String nd1, String nd2, String notice) {
    return Arguments.of(
        year, off, work, date(year, sf1), date(year, sf2), date(year, nd1), date(year, nd2), notice);
  }

  private static LocalDate date(int year, String monthDay) {
    return LocalDate.parse(year + "-" + monthDay);
  }

  private static CalendarTsv.Parsed file(int year) throws IOException {
    String name = "cn/" + year + ".tsv";
    try (InputStream in = ChinaCalendars.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CalendarTsv.parse(r, name);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} days off, {2} make-up days ({7})")
  @MethodSource("notices")
  void eachNoticeYearMatchesItsNotice(
      int year,
      int daysOff,
      int makeupDays,
      LocalDate springFrom,
      LocalDate springTo,
      LocalDate nationalFrom,
      LocalDate nationalTo,
      String notice)
      throws IOException {
    CalendarTsv.Parsed p = file(year);
    List<CalendarEntry> off =
        p.entries.stream().filter(e -> e.getType() == DayType.HOLIDAY).collect(Collectors.toList());
    List<CalendarEntry> work =
        p.entries.stream()
            .filter(e -> e.getType() == DayType.MAKEUP_WORKDAY)
            .collect(Collectors.toList());

    assertThat(off).as("days off").hasSize(daysOff);
    assertThat(work).as("make-up working days").hasSize(makeupDays);
    assertThat(p.sources).as("sources").anySatisfy(s -> assertThat(s).contains(notice));
    assertThat(p.sources)
        .allSatisfy(s -> assertThat(s).matches("国务院(办公厅)?关于.+的通知（国(办)?发明电〔\\d{4}〕\\d+号）"));

    // every make-up working day is a weekend day; no date twice in the file
    assertThat(work).allSatisfy(e -> assertThat(CalendarEntry.isWeekend(e.getDate())).isTrue());
    assertThat(new HashSet<>(p.entries.stream().map(CalendarEntry::getDate).collect(Collectors.toList())))
        .hasSize(p.entries.size());
    // rows are in date order and belong to the notice year (the New Year span may start in December)
    assertThat(p.entries).isSortedAccordingTo(CalendarEntry::compareTo);
    assertThat(p.entries)
        .allSatisfy(
            e -> assertThat(e.getDate()).isBetween(LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 12, 31)));

    // the seven statutory holidays are all named (combined names such as 中秋节、国庆节 count)
    Set<String> names = off.stream().map(CalendarEntry::getName).collect(Collectors.toSet());
    for (String h : SEVEN) {
      assertThat(names).as("holiday " + h).anySatisfy(n -> assertThat(n).contains(h));
    }

    // Spring Festival and National Day: exactly the notice's span, every day of it off
    assertThat(span(off, "春节")).containsExactlyElementsOf(days(springFrom, springTo));
    assertThat(span(off, "国庆节")).containsExactlyElementsOf(days(nationalFrom, nationalTo));
  }

  private static List<LocalDate> span(List<CalendarEntry> off, String holiday) {
    return off.stream()
        .filter(e -> e.getName().contains(holiday))
        .map(CalendarEntry::getDate)
        .collect(Collectors.toList());
  }

  private static List<LocalDate> days(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  @Test
  void noDateIsListedByTwoNotices() throws IOException {
    Set<LocalDate> seen = new HashSet<>();
    for (int y = ChinaCalendars.FIRST_YEAR; y <= ChinaCalendars.LAST_YEAR; y++) {
      for (CalendarEntry e : file(y).entries) {
        assertThat(seen.add(e.getDate())).as("listed twice: " + e).isTrue();
      }
    }
  }

  @Test
  void specialYears() {
    WorkingCalendar cn = ChinaCalendars.official();
    // 2008: first year of the 2007 revision: Labour Day a 3-day break, new traditional holidays
    assertThat(cn.holidayName(LocalDate.of(2008, 4, 4))).contains("清明节");
    assertThat(cn.holidayName(LocalDate.of(2008, 6, 9))).contains("端午节");
    assertThat(cn.holidayName(LocalDate.of(2008, 9, 15))).contains("中秋节");
    assertThat(cn.isWorkingDay(LocalDate.of(2008, 5, 5))).isTrue();
    assertThat(cn.dayType(LocalDate.of(2008, 5, 4))).isEqualTo(DayType.MAKEUP_WORKDAY);
    // 2008 Olympics: no national day off
    assertThat(cn.isWorkingDay(LocalDate.of(2008, 8, 8))).isTrue();
    // 2015: Victory Day, 9-3 to 9-5 off, Sunday 9-6 worked (国发明电〔2015〕1号)
    assertThat(cn.holidayName(LocalDate.of(2015, 9, 3))).get().asString().contains("70周年");
    assertThat(cn.dayType(LocalDate.of(2015, 9, 4))).isEqualTo(DayType.HOLIDAY);
    assertThat(cn.dayType(LocalDate.of(2015, 9, 6))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(cn.getSources()).anySatisfy(s -> assertThat(s).contains("国发明电〔2015〕1号"));
    // 2019: Labour Day changed by 国办发明电〔2019〕3号
    assertThat(cn.dayType(LocalDate.of(2019, 5, 2))).isEqualTo(DayType.HOLIDAY);
    assertThat(cn.dayType(LocalDate.of(2019, 4, 28))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(cn.dayType(LocalDate.of(2019, 5, 5))).isEqualTo(DayType.MAKEUP_WORKDAY);
    // 2020: Spring Festival extended to 2-2 by 国办发明电〔2020〕1号; Saturday 2-1 no longer worked
    assertThat(cn.dayType(LocalDate.of(2020, 1, 31))).isEqualTo(DayType.HOLIDAY);
    assertThat(cn.dayType(LocalDate.of(2020, 2, 1))).isEqualTo(DayType.HOLIDAY);
    assertThat(cn.dayType(LocalDate.of(2020, 2, 2))).isEqualTo(DayType.HOLIDAY);
    assertThat(cn.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    assertThat(cn.getSources()).anySatisfy(s -> assertThat(s).contains("国办发明电〔2020〕1号"));
    // 2025-2026 under the 2024 revision: 除夕 and 5-2 are statutory days
    assertThat(cn.holidayName(LocalDate.of(2025, 1, 28))).contains("春节"); // 除夕
    assertThat(cn.holidayName(LocalDate.of(2026, 2, 16))).contains("春节"); // 除夕
    assertThat(cn.holidayName(LocalDate.of(2025, 5, 2))).contains("劳动节");
    // before 2025 除夕 was not a day off (2014-2024): 2024-02-09 was a working Friday
    assertThat(cn.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2014, 1, 30))).isTrue();
  }

  @Test
  void crossYearDaysSetByTheFollowingYearsNotice() {
    WorkingCalendar cn = ChinaCalendars.official();
    assertThat(cn.dayType(LocalDate.of(2011, 12, 31))).isEqualTo(DayType.MAKEUP_WORKDAY); // 2012
    assertThat(cn.dayType(LocalDate.of(2018, 12, 29))).isEqualTo(DayType.MAKEUP_WORKDAY); // 2019
    assertThat(cn.dayType(LocalDate.of(2018, 12, 31))).isEqualTo(DayType.HOLIDAY); // 2019
    assertThat(cn.dayType(LocalDate.of(2022, 12, 31))).isEqualTo(DayType.HOLIDAY); // 2023
    assertThat(cn.dayType(LocalDate.of(2023, 12, 30))).isEqualTo(DayType.WEEKEND); // 与周末连休
  }

  @Test
  void weekdayTotalsPerYearAreConsistent() {
    WorkingCalendar cn = ChinaCalendars.official();
    // working days per year = weekdays - weekday days off + make-up days; e.g. 2015 had 249
    assertThat(cn.workingDaysBetween(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 12, 31)))
        .isEqualTo(249);
    // 2020: 251 as first published, 249 after the Spring Festival extension (01-31 and 02-01)
    assertThat(cn.workingDaysBetween(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31)))
        .isEqualTo(249);
    // a plain check with no holiday in the window: a week of June 2016 is five working days
    assertThat(cn.workingDaysBetween(LocalDate.of(2016, 6, 19), LocalDate.of(2016, 6, 26)))
        .isEqualTo(5);
    assertThat(LocalDate.of(2016, 6, 19).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
  }
}

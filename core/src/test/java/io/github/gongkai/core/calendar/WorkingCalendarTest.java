package io.github.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private static final WorkingCalendar CN = ChinaCalendars.official();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void officialCalendarDescribesItself() {
    assertThat(CN.getCoverage().getFirst()).isEqualTo(d("2008-01-01"));
    assertThat(CN.getCoverage().getLast()).isEqualTo(d("2026-12-31"));
    assertThat(CN.getCoverage()).hasToString("2008-01-01..2026-12-31");
    assertThat(CN.getVersion()).isEqualTo(ChinaCalendars.OFFICIAL_VERSION);
    assertThat(CN.getSources()).hasSize(22).doesNotHaveDuplicates();
    assertThat(CN.getSources().get(0)).contains("2008年部分节假日安排");
    assertThat(ChinaCalendars.official()).isSameAs(CN);
  }

  @Test
  void spotChecksOfWellKnownDates() {
    assertThat(CN.dayType(d("2019-10-01"))).isEqualTo(DayType.HOLIDAY);
    assertThat(CN.holidayName(d("2019-10-01"))).contains("国庆节");
    assertThat(CN.entry(d("2019-10-01")).orElseThrow().getEnglishName()).isEqualTo("National Day");
    assertThat(CN.dayType(d("2019-10-12"))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(CN.holidayName(d("2019-10-12"))).isEmpty();
    assertThat(CN.entry(d("2019-10-12")).orElseThrow().getName()).isEqualTo("国庆节");
    assertThat(CN.isWorkingDay(d("2019-10-12"))).isTrue();
    assertThat(CN.dayType(d("2019-10-13"))).isEqualTo(DayType.WEEKEND);
    assertThat(CN.dayType(d("2019-10-14"))).isEqualTo(DayType.WORKDAY);
    assertThat(CN.entry(d("2019-10-14"))).isEmpty();
    assertThat(CN.holidayName(d("2024-02-10"))).contains("春节");
    assertThat(CN.dayType(d("2024-02-18"))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(CN.holidayName(d("2023-09-29"))).contains("中秋节、国庆节");
    assertThat(CN.dayType(d("2013-01-05"))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(CN.isWorkingDay(d("2026-01-04"))).isTrue(); // Sunday worked
    assertThat(CN.isWorkingDay(d("2026-02-23"))).isFalse();
    assertThat(CN.isWorkingDay(d("2026-12-31"))).isTrue();
  }

  @Test
  void publishedExampleFifteenWorkingDaysFromMonday19June2017() {
    // a published example: e-mail of Sunday 2017-06-18 treated as received Monday 06-19;
    // the receipt day is not counted, and the 15th working day is 2017-07-10.
    assertThat(CN.plusWorkingDays(d("2017-06-19"), 15)).isEqualTo(d("2017-07-10"));
    assertThat(CN.workingDaysBetween(d("2017-06-19"), d("2017-07-10"))).isEqualTo(15);
  }

  @Test
  void plusWorkingDaysSkipsHolidaysAndCountsMakeupDays() {
    // received Friday 2015-09-25: 09-26 Sat, 09-27 中秋, 10-01..07 off, Saturday 10-10 worked
    assertThat(CN.plusWorkingDays(d("2015-09-25"), 1)).isEqualTo(d("2015-09-28"));
    assertThat(CN.plusWorkingDays(d("2015-09-30"), 1)).isEqualTo(d("2015-10-08"));
    assertThat(CN.plusWorkingDays(d("2015-09-30"), 3)).isEqualTo(d("2015-10-10"));
    assertThat(CN.nextWorkingDay(d("2020-01-23"))).isEqualTo(d("2020-02-03"));
    assertThat(CN.plusWorkingDays(d("2020-02-03"), -1)).isEqualTo(d("2020-01-23"));
    assertThat(CN.plusWorkingDays(d("2020-02-01"), -1)).isEqualTo(d("2020-01-23"));
    assertThat(CN.plusWorkingDays(d("2020-02-01"), 0)).isEqualTo(d("2020-02-01"));
    assertThat(CN.workingDaysBetween(d("2020-02-03"), d("2020-01-23"))).isEqualTo(-1);
    assertThat(CN.workingDaysBetween(d("2007-12-31"), d("2008-01-02"))).isEqualTo(1);
  }

  @Test
  void datesOutsideCoverageFailLoudly() {
    assertThatThrownBy(() -> CN.isWorkingDay(d("2027-01-04")))
        .isInstanceOf(CalendarCoverageException.class)
        .isInstanceOf(GongkaiException.class)
        .hasMessageContaining("2027-01-04")
        .hasMessageContaining("2008-01-01..2026-12-31")
        .satisfies(
            e -> {
              CalendarCoverageException c = (CalendarCoverageException) e;
              assertThat(c.getDate()).isEqualTo(d("2027-01-04"));
              assertThat(c.getCoverageStart()).isEqualTo(d("2008-01-01"));
              assertThat(c.getCoverageEnd()).isEqualTo(d("2026-12-31"));
            });
    assertThatThrownBy(() -> CN.dayType(d("2007-12-31")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2007-12-31");
    assertThatThrownBy(() -> CN.plusWorkingDays(d("2026-12-20"), 20))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2026-12-20")
        .hasMessageContaining("after the last covered date");
    assertThatThrownBy(() -> CN.plusWorkingDays(d("2008-01-03"), -5))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("before the first covered date");
    assertThatThrownBy(() -> CN.workingDaysBetween(d("2026-12-01"), d("2027-01-05")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027-01-05");
    assertThatThrownBy(() -> CN.getEntries(2027))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027");
    assertThatThrownBy(() -> CN.isWorkingDay(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void entriesOfAYearIncludeWeekendDaysOffAndCrossYearRows() {
    assertThat(CN.getEntries(2019))
        .extracting(CalendarEntry::toString)
        .contains(
            "2019-01-01\tOFF\t元旦\tNew Year's Day",
            "2019-02-02\tWORK\t春节\tSpring Festival",
            "2019-02-09\tOFF\t春节\tSpring Festival") // a Saturday
        .doesNotContain("2018-12-31\tOFF\t元旦\tNew Year's Day");
    assertThat(CN.getEntries(2018)).extracting(CalendarEntry::getDate).contains(d("2018-12-31"));
    assertThat(CN.getEntries(2008).get(0).getDate()).isEqualTo(d("2008-01-01"));
    assertThat(CN.getEntries()).isSorted();
  }

  private static final String TSV_2027 =
      "# a newly published year (illustrative data)\n"
          + "@version\tcn-national/2027-test\n"
          + "@coverage\t2027-01-01\t2027-12-31\n"
          + "@source\t国务院办公厅关于2027年部分节假日安排的通知（test）\n"
          + "2027-01-01\tOFF\t元旦\tNew Year's Day\n"
          + "2027-02-06\tOFF\t春节\tSpring Festival\n"
          + "2027-02-08\tOFF\t春节\tSpring Festival\n"
          + "2027-02-20\tWORK\t春节\tSpring Festival\n";

  @Test
  void addingANewlyPublishedYear() {
    WorkingCalendar y2027 = CalendarTsv.read(new StringReader(TSV_2027), "2027.tsv");
    WorkingCalendar cn = CN.extendedWith(y2027);
    assertThat(cn.getCoverage()).hasToString("2008-01-01..2027-12-31");
    assertThat(cn.getVersion()).isEqualTo(CN.getVersion() + "+cn-national/2027-test");
    assertThat(cn.getSources()).hasSize(23).last().asString().contains("2027");
    assertThat(cn.isWorkingDay(d("2027-02-08"))).isFalse();
    assertThat(cn.isWorkingDay(d("2027-02-20"))).isTrue();
    assertThat(cn.dayType(d("2026-10-01"))).isEqualTo(DayType.HOLIDAY);
    // the old year-end problem is gone: 20 working days from 2026-12-20 now exist
    assertThat(cn.plusWorkingDays(d("2026-12-20"), 20)).isAfter(d("2027-01-01"));
    assertThat(cn.workingDaysBetween(d("2026-12-31"), d("2027-01-04"))).isEqualTo(1);
    // either order
    assertThat(y2027.extendedWith(CN).getCoverage()).isEqualTo(cn.getCoverage());
    // the original is unchanged
    assertThat(CN.covers(d("2027-01-04"))).isFalse();
  }

  @Test
  void extensionMustBeAdjacent() {
    WorkingCalendar y2028 =
        WorkingCalendar.builder()
            .coverageYears(2028, 2028)
            .version("x")
            .source("s")
            .build();
    assertThatThrownBy(() -> CN.extendedWith(y2028))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2026-12-31")
        .hasMessageContaining("2028-01-01..2028-12-31");
    assertThatThrownBy(() -> CN.extendedWith(CN)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void regionalOverlayAddsLocalDaysOff() {
    // 广西壮族自治区: 壮族三月三, two days off for every citizen of the region (illustrative)
    WorkingCalendar guangxi =
        WorkingCalendar.builder()
            .coverage(d("2024-04-11"), d("2024-04-12"))
            .version("cn-gx/2024")
            .source("广西壮族自治区少数民族习惯节日放假办法（广西壮族自治区人民政府令第98号）")
            .entries(Stream.of(d("2024-04-11"), d("2024-04-12"))
                .map(day -> CalendarEntry.dayOff(day, "壮族三月三", "Sanyuesan Festival"))
                .toList())
            .build();
    // a calendar covering part of a month answers exactly for its own days
    assertThat(guangxi.isWorkingDay(d("2024-04-12"))).isFalse();
    assertThat(guangxi.workingDaysBetween(d("2024-04-10"), d("2024-04-12"))).isZero();
    assertThatThrownBy(() -> guangxi.isWorkingDay(d("2024-04-10")))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> guangxi.isWorkingDay(d("2024-04-13")))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> guangxi.isWorkingDay(LocalDate.MAX))
        .isInstanceOf(CalendarCoverageException.class);
    WorkingCalendar gx = CN.overlaidWith(guangxi);
    assertThat(gx.getCoverage()).isEqualTo(CN.getCoverage());
    assertThat(gx.getVersion()).isEqualTo(CN.getVersion() + "+cn-gx/2024");
    assertThat(gx.getSources()).containsAll(CN.getSources()).anySatisfy(s -> assertThat(s).contains("广西"));
    assertThat(gx.holidayName(d("2024-04-11"))).contains("壮族三月三");
    assertThat(CN.isWorkingDay(d("2024-04-11"))).isTrue();
    assertThat(gx.isWorkingDay(d("2024-04-11"))).isFalse();
    assertThat(gx.plusWorkingDays(d("2024-04-10"), 1)).isEqualTo(d("2024-04-15"));
    assertThat(CN.plusWorkingDays(d("2024-04-10"), 1)).isEqualTo(d("2024-04-11"));
    // national days are kept
    assertThat(gx.dayType(d("2024-10-01"))).isEqualTo(DayType.HOLIDAY);
    WorkingCalendar outside =
        WorkingCalendar.builder().coverageYears(2030, 2030).version("x").source("s").build();
    assertThatThrownBy(() -> CN.overlaidWith(outside))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("overlay.coverage");
  }

  /** A builder of a calendar covering 2030, with its version and source set. */
  private static WorkingCalendar.Builder calendar2030() {
    return WorkingCalendar.builder().coverageYears(2030, 2030).version("v").source("s");
  }

  @Test
  void builderRejectsBadData() {
    WorkingCalendar.Builder b = calendar2030();
    assertThatThrownBy(() -> b.makeupWorkday(d("2030-01-02"), "春节", "Spring Festival"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Saturday or Sunday")
        .hasMessageContaining("2030-01-02");
    assertThatThrownBy(
            () ->
                calendar2030()
                    .dayOff(d("2030-01-01"), "元旦", "New Year's Day")
                    .dayOff(d("2030-01-01"), "元旦", "New Year's Day")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> calendar2030().dayOff(d("2031-01-01"), "元旦", "New Year's Day").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("within the coverage");
    assertThatThrownBy(() -> WorkingCalendar.builder().coverageYears(2030, 2030).source("s").build())
        .hasMessageContaining("version");
    assertThatThrownBy(() -> WorkingCalendar.builder().coverageYears(2030, 2030).version("v").build())
        .hasMessageContaining("source");
    assertThatThrownBy(() -> WorkingCalendar.builder().version("v").source("s").build())
        .hasMessageContaining("coverage");
    assertThatThrownBy(() -> WorkingCalendar.builder().coverageYears(2000, 2600).version("v").source("s").build())
        .hasMessageContaining("must not exceed");
    assertThatThrownBy(() -> CalendarEntry.dayOff(d("2030-01-01"), " ", "x"))
        .hasMessageContaining("name");
  }

  @Test
  void tsvReaderNamesTheLineOfAnError() {
    assertThatThrownBy(
            () -> CalendarTsv.read(new StringReader(TSV_2027 + "2027-03-03\tWORK\t春节\tx\n"), "my.tsv"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("my.tsv:9")
        .hasMessageContaining("Saturday or Sunday");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader(TSV_2027 + "2027-13-01\tOFF\ta\tb\n"), "f"))
        .hasMessageContaining("f:9")
        .hasMessageContaining("ISO date");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader(TSV_2027 + "2027-03-01\tHOLIDAY\ta\tb\n"), "f"))
        .hasMessageContaining("OFF or WORK");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader(TSV_2027 + "2027-03-01\tOFF\ta\n"), "f"))
        .hasMessageContaining("4 TAB-separated fields");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader("@foo\tbar\n"), "f"))
        .hasMessageContaining("unknown directive");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader("@source\ts\n@coverage\t2027-01-01\t2027-12-31\n"), "f"))
        .hasMessageContaining("@version");
    assertThatThrownBy(() -> CalendarTsv.read(new StringReader("@version\tv\n@source\ts\n"), "f"))
        .hasMessageContaining("@coverage");
  }

  @Test
  void everyCoveredDayAgreesWithADayByDayLoop() {
    // the precomputed tables against the naive definition, for every start day of 2008-2026
    LocalDate last = CN.getCoverage().getLast();
    int total = 0;
    for (LocalDate s = CN.getCoverage().getFirst(); !s.isAfter(last.minusDays(60)); s = s.plusDays(1)) {
      LocalDate d = s;
      for (int k = 1; k <= 20; ) {
        d = d.plusDays(1);
        if (CN.isWorkingDay(d)) {
          k++;
        }
      }
      assertThat(CN.plusWorkingDays(s, 20)).as("20 working days after %s", s).isEqualTo(d);
      assertThat(CN.workingDaysBetween(s, d)).isEqualTo(20);
      total += CN.isWorkingDay(s) ? 1 : 0;
    }
    // 2008-01-01..2026-11-01: the year totals add up
    assertThat(CN.workingDaysBetween(CN.getCoverage().getFirst().minusDays(1), last.minusDays(60)))
        .isEqualTo(total);
  }

  @Test
  void dayTypeCodes() {
    for (DayType t : DayType.values()) {
      assertThat(DayType.ofCode(t.getCode())).isSameAs(t);
      assertThat(t.getLabelZh()).isNotBlank();
      assertThat(t.getLabelEn()).isNotBlank();
    }
    assertThat(DayType.MAKEUP_WORKDAY.isWorking()).isTrue();
    assertThat(DayType.HOLIDAY.isWorking()).isFalse();
    assertThatThrownBy(() -> DayType.ofCode("rest")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void dayTypeJsonUsesStableCodes() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.writeValueAsString(DayType.MAKEUP_WORKDAY)).isEqualTo("\"makeup_workday\"");
    assertThat(mapper.readValue("\"holiday\"", DayType.class)).isEqualTo(DayType.HOLIDAY);
    assertThatThrownBy(() -> mapper.readValue("\"HOLIDAY\"", DayType.class))
        .hasRootCauseInstanceOf(InvalidValueException.class);
  }
}

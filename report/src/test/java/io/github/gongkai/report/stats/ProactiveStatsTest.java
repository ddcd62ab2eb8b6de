package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.rules.publication.AgendaRecord;
import io.github.gongkai.rules.publication.PublicationPolicy;
import io.github.gongkai.rules.publication.PublicationTracker;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proactive statistics over July 2024, a month without public holidays, on hand-made records. The
 * due dates below are counted by hand on the official 2024 calendar: 10 June 2024 (端午节) was a
 * holiday; July had none.
 */
class ProactiveStatsTest {
  private static final PublicationTracker TRACKER =
      PublicationTracker.of(
          ChinaCalendars.official(), PublicationPolicy.builder().excludedCategories(List.of("检验检疫类")).build());

  private static String item(String id, String cls, String formed, String publishedEvent) {
    return "{\"item\":{\"id\":\"" + id + "\",\"title\":\"t " + id + "\"" + (cls == null ? "" : ",\"catalogueClass\":\"" + cls + "\"")
        + ",\"formedOn\":\"" + formed + "\",\"events\":[" + publishedEvent + "]}}";
  }

  private static String published(String date, String medium) {
    return "{\"kind\":\"published\",\"date\":\"" + date + "\"" + (medium == null ? "" : ",\"medium\":\"" + medium + "\"") + "}";
  }

  private static String decision(String no, String kind, String category, String decided, String published) {
    return "{\"decision\":{\"decisionNumber\":\"" + no + "\",\"kind\":\"" + kind + "\",\"category\":\"" + category
        + "\",\"party\":{\"type\":\"legal-person\",\"name\":\"某公司\"},\"decidedOn\":\"" + decided + "\",\"legalBasis\":\"某法\""
        + (published == null ? "" : ",\"publishedOn\":\"" + published + "\"") + "}}";
  }

  private static String request(String id, String channel, String received, String last) {
    return "{\"request\":{\"id\":\"" + id + "\",\"agency\":\"某局\",\"applicant\":{\"type\":\"natural-person\",\"name\":\"王五\","
        + "\"contacts\":{\"phone\":\"13900000000\"}},\"channel\":\"" + channel + "\",\"submittedOn\":\"" + received
        + "\",\"description\":\"某信息\",\"requestedForm\":\"paper\",\"delivery\":\"collect-in-person\",\"events\":["
        + "{\"type\":\"received\",\"date\":\"" + received + "\"}" + (last == null ? "" : "," + last) + "]}}";
  }

  private static String answered(String date, String outcome) {
    return "{\"type\":\"answered\",\"date\":\"" + date + "\",\"outcome\":\"" + outcome + "\",\"itemOutcomes\":[]}";
  }

  static final List<String> LINES =
      List.of(
          // I1: formed Mon 07-01, due 07-29 (20 working days: 07-02..05, 08..12, 15..19, 22..26, 29); published 07-10
          item("I1", "法规文件", "2024-07-01", published("2024-07-10", "website")),
          // I2: due 07-29, published in August: due in July, not published by its end
          item("I2", "法规文件", "2024-07-01", published("2024-08-05", "gazette")),
          // I3: due 07-29, never published
          item("I3", "行政许可", "2024-07-01", ""),
          // I4: formed Mon 06-03, due Tue 07-02 (06-04..07, 11..14 — 06-10 off —, 17..21, 24..28, 07-01, 02); published late 07-15
          item("I4", "行政许可", "2024-06-03", published("2024-07-15", "website")),
          // I5: formed 07-15, due in August; published 07-19 with no medium and no class
          item("I5", null, "2024-07-15", published("2024-07-19", null)),
          // I6: formed 06-03, due 07-02, published in June (the previous month)
          item("I6", "法规文件", "2024-06-03", published("2024-06-20", "website")),
          // I7: published in July 2023 (a year earlier)
          item("I7", "法规文件", "2023-07-03", published("2023-07-10", "website")),
          // decisions: 7 working days (国办发〔2015〕51号, policy): decided Mon 07-01 → due Wed 07-10
          decision("P1", "penalty", "土地违法", "2024-07-01", "2024-07-05"),
          decision("L1", "licence", "规划类", "2024-07-01", "2024-07-15"),
          // excluded category: no duty, but made in July (table 二 counts every decision made)
          decision("L2", "licence", "检验检疫类", "2024-07-02", null),
          // decided Fri 06-28 → due Tue 07-09; published 07-03, on time, made in June
          decision("L3", "licence", "规划类", "2024-06-28", "2024-07-03"),
          // requests: received Mon 07-01, answered Wed 07-10 (7 working days: 02..05, 08..10), due 07-29
          request("R1", "in-person", "2024-07-01", answered("2024-07-10", "released")),
          // received Mon 06-03, due Tue 07-02, answered Fri 07-05: late, 23 working days
          request("R2", "email", "2024-06-03", answered("2024-07-05", "cannot-provide-not-held")),
          // received Mon 07-08, answered Fri 07-12: 4 working days
          request("R3", "in-person", "2024-07-08", answered("2024-07-12", "released")),
          // withdrawn, not answered: left out
          request("R4", "in-person", "2024-07-15", "{\"type\":\"withdrawn\",\"date\":\"2024-07-19\"}"),
          // answered in August: left out
          request("R5", "in-person", "2024-07-22", answered("2024-08-01", "released")));

  static ProactiveStats.Builder builder(Period period) {
    ProactiveStats.Builder b = ProactiveStats.builder(TRACKER, period);
    byte[] bytes = String.join("\n", LINES).getBytes(StandardCharsets.UTF_8);
    JsonLinesReader.of(GongkaiJson.codec(), AgendaRecord.class).read(new ByteArrayInputStream(bytes), (line, r) -> b.add(r));
    return b;
  }

  @Test
  void counts_published_items_by_class_medium_and_part_with_changes() {
    ProactiveStats s = builder(Period.parse("2024-07")).build();
    // I1, I4, I5 have a publication record in July
    assertThat(s.getPublished()).isEqualTo(3);
    // one each: ties ordered by label (未 U+672A < 法 U+6CD5 < 行 U+884C); 1/3 = 33.33 each, sum 99.99
    assertThat(s.getByClass().getShares()).extracting(Share::getCategory).containsExactly("未分类", "法规文件", "行政许可");
    assertThat(s.getByClass().getPercentSum()).isEqualByComparingTo("99.99");
    // website 2 (I1, I4), unspecified 1 (I5): 66.67 and 33.33
    assertThat(s.getByMedium().get("website").getPercent()).isEqualByComparingTo("66.67");
    assertThat(s.getByMedium().get(ProactiveStats.UNSPECIFIED_MEDIUM).getCount()).isEqualTo(1);
    assertThat(s.getByPart()).containsExactly(Map.entry(Period.parse("2024-07"), 3L));
    // June: I6 → 1 → 3 (+200 %); July 2023: I7 → 1 → 3
    assertThat(s.getPeriodOverPeriod()).isEqualTo(YearOverYear.of(1, 3));
    assertThat(s.getYearOverYear()).isEqualTo(YearOverYear.of(1, 3));
    assertThat(s.getClassPeriodOverPeriod().get("法规文件")).isEqualTo(YearOverYear.of(1, 1));
    assertThat(s.getClassYearOverYear().get("行政许可")).isEqualTo(YearOverYear.of(0, 1));
  }

  @Test
  void largest_remainder_gives_the_missing_unit_to_the_first_of_equal_shares() {
    ProactiveStats s = builder(Period.parse("2024-07")).method(ShareMethod.LARGEST_REMAINDER).build();
    // 3 × 33.33 = 99.99: the missing 0.01 goes to the first (equal remainders and counts)
    assertThat(s.getByClass().get("未分类").getPercent()).isEqualByComparingTo("33.34");
    assertThat(s.getByClass().getPercentSum()).isEqualByComparingTo("100.00");
  }

  @Test
  void published_of_due_counts_items_due_in_the_period_published_by_its_end() {
    FormulaRate r = builder(Period.parse("2024-07")).build().getPublishedOfDue();
    // due in July: I1, I2, I3 (07-29), I4, I6 (07-02) = 5; published by 07-31: I1, I4, I6 = 3
    assertThat(r.getRate()).contains(Rate.of(3, 5));
    assertThat(r.getPercent()).contains(new BigDecimal("60.00"));
    assertThat(r.getLabelZh()).isEqualTo("应公开已公开率");
    assertThat(r.getBasis()).contains("第二十六条").contains("interpretation");
  }

  @Test
  void on_time_publication_counts_items_published_in_the_period() {
    FormulaRate r = builder(Period.parse("2024-07")).build().getOnTimePublication();
    // published in July: I1 (07-10 ≤ 07-29), I4 (07-15 > 07-02, late), I5 (07-19 ≤ August) → 2/3
    assertThat(r.getRate()).contains(Rate.of(2, 3));
    assertThat(r.getPercent()).contains(new BigDecimal("66.67"));
  }

  @Test
  void decisions_on_time_and_table_2() {
    ProactiveStats s = builder(Period.parse("2024-07")).build();
    // published in July: P1 (07-05 ≤ 07-10), L1 (07-15 > 07-10), L3 (07-03 ≤ 07-09) → 2/3; L2 excluded
    assertThat(s.getDecisionsOnTime().getRate()).contains(Rate.of(2, 3));
    // made in July: licences L1, L2 (excluded ones count as made), penalty P1; L3 was made in June
    assertThat(s.getDecisionCounts().getLicensingDecisions()).isEqualTo(2);
    assertThat(s.getDecisionCounts().getPenaltyDecisions()).isEqualTo(1);
    assertThat(s.getTable2Cells())
        .containsExactly(
            Map.entry(CellAddress.of(ReportTable.TABLE_2, "licensing", "decisions"), CellValue.ofCount(2)),
            Map.entry(CellAddress.of(ReportTable.TABLE_2, "penalties", "decisions"), CellValue.ofCount(1)));
  }

  @Test
  void replied_on_time_and_timing_over_requests_answered_in_the_period() {
    ProactiveStats s = builder(Period.parse("2024-07")).build();
    // answered in July: R1 (on time), R2 (due 07-02, answered 07-05), R3 (on time); R4 withdrawn, R5 in August
    assertThat(s.getRepliedOnTime().getRate()).contains(Rate.of(2, 3));
    // working days 7, 23, 4: average 34/3 = 11.33, median 7
    assertThat(s.getTiming().getWorkingDays()).containsExactly(4, 7, 23);
    assertThat(s.getTiming().getAverage()).contains(new BigDecimal("11.33"));
    assertThat(s.getTiming().getMedian()).contains(new BigDecimal("7.0"));
    // in person 4 and 7: median of an even count is the mean of the middle two
    assertThat(s.getTimingByChannel().get(Channel.IN_PERSON).getMedian()).contains(new BigDecimal("5.5"));
    assertThat(s.getTimingByChannel().get(Channel.EMAIL).getWorkingDays()).containsExactly(23);
    assertThat(s.getTimingByChannel()).doesNotContainKey(Channel.MAIL);
    assertThat(s.getTimingByOutcome().get(OutcomeGround.RELEASED).getWorkingDays()).containsExactly(4, 7);
    assertThat(s.getTimingByOutcome().get(OutcomeGround.CANNOT_PROVIDE_NOT_HELD).getAverage()).contains(new BigDecimal("23.00"));
  }

  @Test
  void transmittal_is_from_supplied_counts_and_undefined_without_them() {
    assertThat(builder(Period.parse("2024-07")).build().getTransmittal().isDefined()).isFalse();
    assertThat(builder(Period.parse("2024-07")).build().getTransmittal().getRate()).isEmpty();
    FormulaRate r = builder(Period.parse("2024-07")).transmittal(9, 12).build().getTransmittal();
    // 9 of 12 = 75 %
    assertThat(r.getPercent()).contains(new BigDecimal("75.00"));
    assertThat(r.getBasis()).contains("第二十五条");
    assertThatThrownBy(() -> builder(Period.parse("2024-07")).transmittal(13, 12)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder(Period.parse("2024-07")).transmittal(-1, 12)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void every_rate_is_undefined_over_a_period_with_nothing_in_it() {
    ProactiveStats s = builder(Period.parse("2024-01")).transmittal(0, 0).build();
    for (FormulaRate r : s.getRates()) {
      assertThat(r.isDefined()).as(r.getCode()).isFalse();
      assertThat(r.getPercent()).as(r.getCode()).isEmpty();
    }
    assertThat(s.getPublished()).isZero();
    assertThat(s.getByClass().isDefined()).isFalse();
    assertThat(s.getTiming().getAverage()).isEmpty();
    assertThat(s.toJson()).contains("\"value\": null").doesNotContain("NaN");
  }

  @Test
  void parts_of_a_range_by_month_add_up_to_the_total() {
    // September to December as in work summaries that start mid-year; only I7 (2023) and July lie outside
    ProactiveStats s = builder(Period.parse("2024-06-15..2024-08-31")).build();
    // published 06-15..08-31: I6 (06-20), I1 (07-10), I4 (07-15), I5 (07-19), I2 (08-05)
    assertThat(s.getPublished()).isEqualTo(5);
    assertThat(s.getByPart())
        .containsExactly(
            Map.entry(Period.parse("2024-06-15..2024-06-30"), 1L),
            Map.entry(Period.parse("2024-07"), 3L),
            Map.entry(Period.parse("2024-08"), 1L));
    // the previous 78 days end 06-14: nothing published then
    assertThat(s.getPeriodOverPeriod()).isEqualTo(YearOverYear.of(0, 5));
    assertThat(s.getPeriodOverPeriod().getPercentChange(2)).isEmpty();
  }

  @Test
  void json_document_has_every_part() {
    String json = builder(Period.parse("2024-07")).build().toJson();
    assertThat(json)
        .contains("\"period\": \"2024-07\"")
        .contains("\"publishedOfDue\": {")
        .contains("\"numerator\": 3,\n      \"denominator\": 5,\n      \"value\": \"60.00\"")
        .contains("\"table2\": {\n    \"licensing\": {\n      \"decisions\": 2\n    },\n    \"penalties\": {\n      \"decisions\": 1\n    }\n  }")
        .contains("\"medianWorkingDays\": \"5.5\"");
  }
}

package io.github.gongkai.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.json.JsonLinesException;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.Samples;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RequestIntakeTest {
  static final WorkingCalendar CALENDAR = ChinaCalendars.official();
  static final List<String> SAMPLE = Samples.text("requests.jsonl").lines().toList();
  static final RequestIntake INTAKE = RequestIntake.forYear(2024, CALENDAR, io.github.gongkai.jackson2.GongkaiJson.codec());

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A sample line with another id. */
  static String withId(String line, String id) {
    return line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\"");
  }

  /** A sample line with another history. */
  static String withEvents(String line, String events) {
    return line.replaceFirst("\"events\":\\[.*\\]}$", "\"events\":" + events + "}");
  }

  @Test
  void countsTheSampleLikeTheAccumulatorAndReportsRequestsOfEarlierYears() {
    ReportAccumulator expected = ReportAccumulator.forYear(2024);
    long earlier = 0;
    long later = 0;
    for (InformationRequest r : JsonLinesReader.of(io.github.gongkai.jackson2.GongkaiJson.codec(), InformationRequest.class)
        .readAll(utf8(String.join("\n", SAMPLE)))) {
      RequestFacts f = RequestFacts.of(r, CALENDAR);
      earlier += f.getClosedOn() != null && f.getClosedOn().getYear() < 2024 ? 1 : 0;
      later += f.getReceivedOn() != null && f.getReceivedOn().getYear() > 2024 ? 1 : 0;
      expected.add(f);
    }
    RequestIntake.Result r = INTAKE.read(utf8(String.join("\n", SAMPLE)));
    assertThat(r.getAccumulator().sameCounts(expected)).isTrue();
    assertThat(r.getRecords().getRead()).isEqualTo(SAMPLE.size());
    assertThat(r.getRecords().getAccepted()).isEqualTo(SAMPLE.size());
    assertThat(r.getEarlier()).isEqualTo(earlier).isPositive();
    assertThat(r.getLater()).isEqualTo(later).isPositive();
    assertThat(r.getCounted() + r.getEarlier() + r.getLater()).isEqualTo(SAMPLE.size());
    assertThat(r.getAgencies()).containsExactly("示例市某区示例局（样例数据）");
    assertThat(r.getAccumulator().toReport(ReportFormat.FORMAT_2021, "A"))
        .isEqualTo(expected.toReport(ReportFormat.FORMAT_2021, "A"));
  }

  static final String RECEIVED_ONLY = "[{\"type\":\"received\",\"date\":\"%s\"}]";

  static String badInput() {
    String a = SAMPLE.get(0);
    return String.join("\n",
        SAMPLE.get(1),                                                        // 1 ok
        a + " " + SAMPLE.get(2),                                              // 2 two requests on one line
        SAMPLE.get(3) + "]",                                                  // 3 trailing garbage
        SAMPLE.get(1),                                                        // 4 duplicate id of line 1
        withEvents(withId(a, "NO-EVENTS"), "[]"),                             // 5 no events
        withEvents(withId(a, "FAR"), String.format(RECEIVED_ONLY, "9999-12-31")), // 6 received 9999-12-31
        withEvents(withId(a, "LATER"), String.format(RECEIVED_ONLY, "2027-01-04")), // 7 after the calendar
        withId(a.replace("\"submittedOn\":\"2023-01-07\"", "\"submittedOn\":57386"), "NUMBER"), // 8 a number as a date
        "",                                                                   // 9 blank
        SAMPLE.get(4)) + "\n";                                                // 10 ok
  }

  @Test
  void skippingListsEveryBadRecordWithLineAndReasonAndCountsTheRest() {
    RequestIntake.Result r = INTAKE.skippingBadRecords().read(utf8(badInput()));
    JsonLinesReader.Result records = r.getRecords();
    assertThat(records.getRejections()).extracting(JsonLinesReader.Rejection::getLine)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(records.getRead()).isEqualTo(9);
    assertThat(records.getAccepted()).isEqualTo(2);
    assertThat(records.getRejected()).isEqualTo(7);
    List<String> messages = new ArrayList<>();
    records.getRejections().forEach(j -> messages.add(j.getMessage()));
    assertThat(messages.get(2)).startsWith("line 4: $.id: must be unique").endsWith("but was: R0002");
    assertThat(messages.get(3)).startsWith("line 5: $.events: ").contains("NO-EVENTS has no events");
    assertThat(messages.get(4)).startsWith("line 6: $.events: ").contains("FAR");
    assertThat(messages.get(5)).startsWith("line 7: $.events: must be a receipt date the working calendar covers")
        .contains("LATER").endsWith("but was: 2027-01-04");
    assertThat(messages.get(6)).startsWith("line 8: $.");
    assertThat(r.getCounted() + r.getEarlier()).isEqualTo(2);
    RequestIntake.Result later = INTAKE.read(utf8(withEvents(SAMPLE.get(0), String.format(RECEIVED_ONLY, "2025-01-02"))));
    assertThat(later.getLater()).isEqualTo(1);
    assertThat(later.getCounted()).isZero();
  }

  @Test
  void theFirstBadRecordStopsTheIntakeWithHowManyWereRead() {
    assertThatThrownBy(() -> INTAKE.read(utf8(badInput())))
        .isInstanceOfSatisfying(JsonLinesException.class, e -> {
          assertThat(e.getLine()).isEqualTo(2);
          assertThat(e.getRead()).isEqualTo(2);
          assertThat(e.getAccepted()).isEqualTo(1);
        });
    String dup = SAMPLE.get(0) + "\n" + SAMPLE.get(1) + "\n" + SAMPLE.get(0) + "\n";
    assertThatThrownBy(() -> INTAKE.withThreads(2).read(utf8(dup)))
        .isInstanceOf(JsonLinesException.class).hasMessageStartingWith("line 3: $.id: must be unique");
    assertThat(INTAKE.withoutDuplicateCheck().read(utf8(dup)).getRecords().getAccepted()).isEqualTo(3);
  }

  @Test
  void idSetFindsEveryRepeatAndOnlyRepeats() {
    IdSet set = new IdSet();
    for (int i = 0; i < 200_000; i++) {
      assertThat(set.add(IdSet.hash("R" + i))).isTrue();
    }
    for (int i = 0; i < 200_000; i += 7) {
      assertThat(set.add(IdSet.hash("R" + i))).isFalse();
    }
    assertThat(set.size()).isEqualTo(200_000);
    assertThat(set.bytes() / 200_000.0).isBetween(8.0, 16.0);
  }

  /** Sample lines, some with changed ids (so some repeat), some bad. */
  static Gen<String> lines() {
    return integers().between(0, SAMPLE.size() - 1).zip(integers().between(0, 12), (i, kind) -> {
      String line = SAMPLE.get(i);
      switch (kind) {
        case 0:
          return line + "x";
        case 1:
          return withEvents(line, "[]");
        case 2:
          return withEvents(withId(line, "L" + i), String.format(RECEIVED_ONLY, (i % 2 == 0 ? "2025-03-0" : "2099-03-0") + (1 + i % 9)));
        case 3:
          return "";
        default:
          return withId(line, "R" + (i % 40));
      }
    });
  }

  @Test
  void parallelIntakeEqualsSequentialIntake() {
    qt().withExamples(40)
        .forAll(lists().of(lines()).ofSizeBetween(0, 150), integers().between(2, 4))
        .checkAssert((lines, threads) -> {
          String text = String.join("\n", lines);
          RequestIntake.Result seq = INTAKE.skippingBadRecords().read(utf8(text));
          RequestIntake.Result par = INTAKE.skippingBadRecords().withThreads(threads).read(utf8(text));
          assertThat(par.getAccumulator().sameCounts(seq.getAccumulator())).isTrue();
          assertThat(par.getRecords().getRejections()).isEqualTo(seq.getRecords().getRejections());
          assertThat(par.toString()).isEqualTo(seq.toString());
        });
  }
}

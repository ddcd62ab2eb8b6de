package io.github.gongkai.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.SampleAgency;
import io.github.gongkai.report.Samples;
import io.github.gongkai.core.json.JsonLinesException;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.json.JsonLinesWriter;
import io.github.gongkai.report.check.ReportChecker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleAggregationTest {
  private final WorkingCalendar calendar = ChinaCalendars.official();

  static String jsonl() {
    java.io.StringWriter out = new java.io.StringWriter();
    JsonLinesWriter.writeAll(io.github.gongkai.jackson2.GongkaiJson.codec(), SampleAgency.requests(), out);
    return out.toString();
  }

  @Test
  void sample_file_is_the_sample_agency() {
    Samples.assertFile("samples/requests.jsonl", jsonl());
  }

  @Test
  void aggregates_sample_records_through_the_lifecycle() {
    Samples.assertFile("samples/requests.jsonl", jsonl());
    List<InformationRequest> read = JsonLinesReader.of(io.github.gongkai.jackson2.GongkaiJson.codec(), InformationRequest.class)
        .readAll(new ByteArrayInputStream(Samples.text("requests.jsonl").getBytes(StandardCharsets.UTF_8)));
    assertThat(read).hasSize(60);
    assertThat(read).isEqualTo(SampleAgency.requests());
    ReportAccumulator y2023 = ReportAccumulator.forYear(2023);
    ReportAccumulator y2024 = ReportAccumulator.forYear(2024);
    for (InformationRequest r : read) {
      y2023.add(r, calendar);
      y2024.add(r, calendar);
    }
    for (RemedyCase c : SampleAgency.cases()) {
      y2023.add(c);
      y2024.add(c);
    }
    AnnualReport r2023 = y2023.toReport(ReportFormat.FORMAT_2021, SampleAgency.NAME);
    AnnualReport r2024 = y2024.toReport(ReportFormat.FORMAT_2021, SampleAgency.NAME,
        Map.of(CellAddress.parse("table2/licensing/decisions"), CellValue.ofCount(120)));
    assertThat(ReportChecker.standard().check(r2023).getFindings()).isEmpty();
    assertThat(ReportChecker.standard().check(r2024, r2023).getFindings()).isEmpty();
    assertThat(r2024.get(ReportTable.TABLE_3, "new", "total").getNumber().longValue()).isPositive();
    assertThat(r2024.get(ReportTable.TABLE_3, "carried-over", "total"))
        .isEqualTo(r2023.get(ReportTable.TABLE_3, "carried-forward", "total"));
    assertThat(r2024.get(ReportTable.TABLE_2, "licensing", "decisions")).isEqualTo(CellValue.ofCount(120));
    // table 四, 2024: review maintained + pending + the 2023 case decided in 2024 (corrected); one suit
    assertThat(r2024.get(ReportTable.TABLE_4, "review", "total")).isEqualTo(CellValue.ofCount(3));
    assertThat(r2024.get(ReportTable.TABLE_4, "review", "pending")).isEqualTo(CellValue.ofCount(1));
    assertThat(r2024.get(ReportTable.TABLE_4, "review", "corrected")).isEqualTo(CellValue.ofCount(1));
    assertThat(r2024.get(ReportTable.TABLE_4, "litigation-direct", "other")).isEqualTo(CellValue.ofCount(1));
    assertThat(r2023.get(ReportTable.TABLE_4, "review", "pending")).isEqualTo(CellValue.ofCount(1));
    ReportAccumulator filedOnly = ReportAccumulator.forYear(2024, CaseCounting.FILED_IN_YEAR);
    SampleAgency.cases().forEach(filedOnly::add);
    assertThat(filedOnly.toReport(ReportFormat.FORMAT_2021, "A").get(ReportTable.TABLE_4, "review", "total"))
        .isEqualTo(CellValue.ofCount(2));
    Samples.assertFile("samples/report-sample-agency-2024.json", io.github.gongkai.report.ReportJson.write(r2024));
  }

  @Test
  void bad_records_name_their_line() {
    String text = jsonl().lines().findFirst().orElseThrow() + "\n\n{\"id\":1}\n";
    assertThatThrownBy(() -> JsonLinesReader.of(io.github.gongkai.jackson2.GongkaiJson.codec(), InformationRequest.class).read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (line, r) -> { }))
        .isInstanceOf(JsonLinesException.class).hasMessageStartingWith("line 3: $.");
  }

  @Test
  void misuse() {
    assertThatThrownBy(() -> ReportAccumulator.forYear(2007)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReportAccumulator.forYear(2023).merge(ReportAccumulator.forYear(2024)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2023");
    assertThatThrownBy(() -> RequestFacts.of(io.github.gongkai.core.request.ApplicantType.NATURAL_PERSON,
            java.time.LocalDate.of(2024, 1, 2), java.time.LocalDate.of(2024, 1, 1),
            io.github.gongkai.core.OutcomeGround.RELEASED))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("closedOn");
    assertThatThrownBy(() -> ReportAccumulator.forYear(2024).toReport(ReportFormat.FORMAT_2021, "A",
            Map.of(CellAddress.parse("table3/new/total"), CellValue.ZERO)))
        .isInstanceOf(InvalidValueException.class);
  }
}

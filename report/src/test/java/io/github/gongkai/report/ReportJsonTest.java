package io.github.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void reads_sample_by_codes() {
    AnnualReport r = Samples.report("report-2024.json");
    assertThat(r.getFormat()).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(r.getYear()).isEqualTo(2024);
    assertThat(r.get(ReportTable.TABLE_3, "new", "natural-person")).isEqualTo(CellValue.ofCount(58));
    assertThat(r.get(ReportTable.TABLE_2, "rules", "in-force")).isEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(r.get(ReportTable.TABLE_2, "fees", "amount").getNumber()).isEqualByComparingTo(new BigDecimal("0.35"));
    assertThat(r.get(ReportTable.TABLE_3, "all-withheld", "total")).isEqualTo(CellValue.BLANK);
  }

  @Test
  void writing_is_stable_and_round_trips() {
    String text = Samples.text("report-2024.json");
    AnnualReport r = ReportJson.read(text);
    assertThat(ReportJson.write(r)).isEqualTo(text);
    assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r);
  }

  @Test
  void blank_templates_for_typing_published_reports() {
    Samples.assertFile("samples/template-2021.json",
        ReportJson.write(AnnualReport.builder(ReportFormat.FORMAT_2021, 2024, "机关名称").build()));
    Samples.assertFile("samples/template-2019-trial.json",
        ReportJson.write(AnnualReport.builder(ReportFormat.TRIAL_2019, 2020, "机关名称").build()));
    assertThat(ReportJson.read(Samples.text("template-2021.json")).getFilledCells()).isEmpty();
  }

  @Test
  void reads_printed_labels_and_blanks() {
    AnnualReport r = Samples.report("typed-2023.json");
    assertThat(r.get(ReportTable.TABLE_3, "withheld-internal-affairs", "natural-person")).isEqualTo(CellValue.ofCount(1));
    assertThat(r.get(ReportTable.TABLE_3, "new", "research-institution")).isEqualTo(CellValue.BLANK);
    assertThat(r.get(ReportTable.TABLE_3, "carried-over", "total")).isEqualTo(CellValue.ZERO);
    assertThat(r.get(ReportTable.TABLE_4, "review", "maintained")).isEqualTo(CellValue.ofCount(1));
    assertThat(r.get(ReportTable.TABLE_2, "fees", "amount")).isEqualTo(CellValue.ZERO);
    AnnualReport again = ReportJson.read(ReportJson.write(r));
    assertThat(again).isEqualTo(r);
  }

  @Test
  void unreadable_input_names_the_path() {
    String base = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\",";
    assertThatThrownBy(() -> ReportJson.read(base + "\"table3\":{\"new\":{\"自然人\":\"五\"}}}"))
        .isInstanceOf(ReportInputException.class)
        .hasMessageContaining("table3.new.自然人");
    assertThatThrownBy(() -> ReportJson.read(base + "\"table3\":{\"newly\":{}}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("table3.newly");
    assertThatThrownBy(() -> ReportJson.read(base + "\"table3\":{\"new\":{\"people\":1}}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("table3.new.people");
    assertThatThrownBy(() -> ReportJson.read(base + "\"table5\":{}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("table5");
    assertThatThrownBy(() -> ReportJson.read("{\"schemaVersion\":2}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("schemaVersion");
    assertThatThrownBy(() -> ReportJson.read("{"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("well-formed");
    assertThatThrownBy(() -> ReportJson.read(base.replace("2024", "2018") + "\"table3\":{}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("year");
    assertThatThrownBy(() -> ReportJson.read(base + "\"table3\":{\"三\":{\"自然人\":1}}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("table3.三");
    assertThatThrownBy(() -> ReportJson.read(base + "\"table3\":{\"new\":{\"自然人\":1,\"natural-person\":2}}}"))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("repeat");
  }

  @Test
  void lenient_where_published_tables_differ() {
    String base = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2020,\"agency\":\"A\",";
    AnnualReport r = ReportJson.read(base
        + "\"table3\":{\"三、本年度办理结果\":{\"自然人\":\"\"},\"new\":{\"总计\":\"1,234\"}}}");
    assertThat(r.get(ReportTable.TABLE_3, "new", "total")).isEqualTo(CellValue.ofCount(1234));
    assertThat(r.getYear()).isEqualTo(2020);
  }

  @Test
  void negative_and_fractional_counts_are_read_for_the_checker() {
    String json = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\","
        + "\"table3\":{\"new\":{\"natural-person\":-1,\"total\":2.5}}}";
    AnnualReport r = ReportJson.read(json);
    assertThat(r.get(ReportTable.TABLE_3, "new", "natural-person").getNumber()).isEqualByComparingTo("-1");
  }
}

package io.github.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gongkai.core.json.DocumentCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportJsonTest {
  private static final String BASE = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\",";

  /** Files written by {@link ReportJson#write}: read and written again byte for byte. */
  private static final List<String> WRITTEN =
      List.of("report-2024.json", "report-sample-agency-2024.json", "template-2021.json", "template-2019-trial.json");

  static List<DocumentCodec> strict() {
    return TestCodecs.strict();
  }

  static List<DocumentCodec> all() {
    return TestCodecs.all();
  }

  static Stream<Arguments> filesAndCodecs() {
    List<Arguments> out = new ArrayList<>();
    for (String f : WRITTEN) {
      for (DocumentCodec c : TestCodecs.all()) {
        out.add(Arguments.of(f, c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("all")
  void reads_sample_by_codes(DocumentCodec codec) {
    AnnualReport r = ReportJson.read(Samples.text("report-2024.json"), codec);
    assertThat(r.getFormat()).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(r.getYear()).isEqualTo(2024);
    assertThat(r.get(ReportTable.TABLE_3, "new", "natural-person")).isEqualTo(CellValue.ofCount(58));
    assertThat(r.get(ReportTable.TABLE_2, "rules", "in-force")).isEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(r.get(ReportTable.TABLE_2, "fees", "amount").getNumber()).isEqualByComparingTo(new BigDecimal("0.35"));
    assertThat(r.get(ReportTable.TABLE_3, "all-withheld", "total")).isEqualTo(CellValue.BLANK);
  }

  @ParameterizedTest
  @MethodSource("filesAndCodecs")
  void written_files_read_and_write_back_byte_for_byte(String file, DocumentCodec codec) {
    String text = Samples.text(file);
    AnnualReport r = ReportJson.read(text, codec);
    assertThat(ReportJson.write(r)).isEqualTo(text);
    // the mapper itself writes the documented shape: the same JSON values as the file
    String byMapper = codec.write(r);
    assertThat(codec.read(byMapper, Object.class)).isEqualTo(codec.read(text, Object.class));
    assertThat(ReportJson.read(byMapper, codec)).isEqualTo(r);
    assertThat(codec.read(text, AnnualReport.class)).isEqualTo(r);
  }

  @Test
  void every_sample_reads_the_same_through_every_mapper() {
    for (String f : List.of("report-2024.json", "report-sample-agency-2024.json", "typed-2023.json",
        "template-2021.json", "template-2019-trial.json")) {
      AnnualReport first = ReportJson.read(Samples.text(f), TestCodecs.JACKSON2);
      for (DocumentCodec c : TestCodecs.all()) {
        assertThat(ReportJson.read(Samples.text(f), c)).as(f + " via " + c).isEqualTo(first);
      }
    }
  }

  @Test
  void blank_templates_for_typing_published_reports() {
    Samples.assertFile("samples/template-2021.json",
        ReportJson.write(AnnualReport.builder(ReportFormat.FORMAT_2021, 2024, "机关名称").build()));
    Samples.assertFile("samples/template-2019-trial.json",
        ReportJson.write(AnnualReport.builder(ReportFormat.TRIAL_2019, 2020, "机关名称").build()));
    assertThat(Samples.report("template-2021.json").getFilledCells()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("all")
  void reads_printed_labels_and_blanks(DocumentCodec codec) {
    AnnualReport r = ReportJson.read(Samples.text("typed-2023.json"), codec);
    assertThat(r.get(ReportTable.TABLE_3, "withheld-internal-affairs", "natural-person")).isEqualTo(CellValue.ofCount(1));
    assertThat(r.get(ReportTable.TABLE_3, "new", "research-institution")).isEqualTo(CellValue.BLANK);
    assertThat(r.get(ReportTable.TABLE_3, "carried-over", "total")).isEqualTo(CellValue.ZERO);
    assertThat(r.get(ReportTable.TABLE_4, "review", "maintained")).isEqualTo(CellValue.ofCount(1));
    assertThat(r.get(ReportTable.TABLE_2, "fees", "amount")).isEqualTo(CellValue.ZERO);
    assertThat(ReportJson.read(ReportJson.write(r), codec)).isEqualTo(r);
  }

  /** A bad document built on {@link #BASE}: the rest of the object, and what the message must name. */
  private static Arguments onBase(String rest, String expected) {
    return Arguments.of(BASE + rest, expected);
  }

  /** A bad document whose header has one value changed, with an empty table 3. */
  private static Arguments header(String value, String changedTo, String expected) {
    return Arguments.of(BASE.replace(value, changedTo) + "\"table3\":{}}", expected);
  }

  /** Bad documents: the text, and what the message must name (path first, then the rule). */
  static Stream<Arguments> badDocuments() {
    return Stream.of(
        // whole documents: the version, the form, not an object
        Arguments.of("{\"schemaVersion\":2,\"format\":\"2031\",\"whatever\":1}", "newer gongkai"),
        Arguments.of("{\"schemaVersion\":0}", "$.schemaVersion: must be 1"),
        Arguments.of("{\"schemaVersion\":\"1\"}", "$.schemaVersion: must be the integer 1"),
        Arguments.of("{\"format\":\"2021\",\"year\":2024,\"agency\":\"A\"}", "$.schemaVersion: is required"),
        Arguments.of("{", "well-formed"),
        Arguments.of("[]", "$"),
        Arguments.of("null", "$: must be a JSON object"),
        Arguments.of("\"report\"", "$"),
        // the header's values
        header("2024", "2018", "$.year: must be 2019 or later"),
        header("2024", "\"2024\"", "$.year: must be an integer year"),
        header("2024", "2024.0", "$.year: must be an integer year"),
        header("\"A\"", "5", "$.agency: must be a string"),
        header("\"A\"", "\" \"", "$.agency: must not be blank"),
        header("\"2021\"", "2021", "$.format: must be a string"),
        header("\"2021\"", "\"2008\"", "$.format: must be a format with tables"),
        // after the header: trailing content, repeated and unknown fields, tables, cells, sections
        onBase("\"table3\":{}} x", "well-formed"),
        onBase("\"table3\":{}}{}", "well-formed"),
        onBase("\"year\":2024}", "well-formed"),
        onBase("\"table5\":{}}", "$.table5: is not a field of the report"),
        onBase("\"agancy\":\"B\"}", "$.agancy: is not a field of the report; did you mean `agency`?"),
        onBase("\"secitons\":{}}", "did you mean `sections`?"),
        onBase("\"comment\":\"x\"}", "$.comment: is not a field of the report (allowed: schemaVersion"),
        onBase("\"table3\":{\"new\":{\"自然人\":\"五\"}}}", "$.table3.new[\"自然人\"]: must be a number"),
        onBase("\"table3\":{\"（三）1\":{\"natural-person\":\"x\"}}}", "$.table3[\"（三）1\"].natural-person: must be a number"),
        onBase("\"table3\":{\"newly\":{}}}", "$.table3.newly: must be a row of table3"),
        onBase("\"table3\":{\"newly\":{}}}", "did you mean `new`?"),
        onBase("\"table3\":{\"new\":{\"people\":1}}}", "$.table3.new.people: must be a column"),
        onBase("\"table3\":[]}", "$.table3: must be an object of rows"),
        onBase("\"table3\":null}", "$.table3: must be an object of rows"),
        onBase("\"table3\":{\"new\":5}}", "$.table3.new: must be an object of columns"),
        onBase("\"table3\":{\"new\":{\"total\":true}}}", "$.table3.new.total: must be a number"),
        onBase("\"table3\":{\"new\":{\"total\":{}}}}", "$.table3.new.total: must be a number"),
        onBase("\"table3\":{\"new\":{\"total\":[1]}}}", "$.table3.new.total: must be a number"),
        onBase("\"table3\":{\"new\":{\"total\":1e400}}}", "$.table3.new.total: must be a finite number"),
        onBase("\"table3\":{\"new\":{\"total\":1e20}}}", "$.table3.new.total: must be a number below"),
        onBase("\"table3\":{\"三\":{\"自然人\":1}}}", "$.table3[\"三\"]"),
        onBase("\"table3\":{\"new\":{\"自然人\":1,\"natural-person\":2}}}", "must not repeat cell"),
        onBase("\"table3\":{},\"三\":{}}", "$[\"三\"]: must not repeat table table3"),
        onBase("\"sections\":\"x\"}", "$.sections: must be an object"),
        onBase("\"sections\":{\"一\":5}}", "$.sections[\"一\"]: must be a string"),
        onBase("\"sections\":{\"七\":\"x\"}}", "$.sections[\"七\"]: must be a section numeral"));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void bad_documents_are_refused_with_the_path_by_both_jackson_lines(String json, String expected) {
    ReportInputException j2 =
        catchThrowableOfType(ReportInputException.class, () -> ReportJson.read(json, TestCodecs.JACKSON2));
    ReportInputException j3 =
        catchThrowableOfType(ReportInputException.class, () -> ReportJson.read(json, TestCodecs.JACKSON3));
    assertThat(j2).as("Jackson 2").isNotNull();
    assertThat(j3).as("Jackson 3").isNotNull();
    assertThat(j2.getMessage()).contains(expected);
    assertThat(j3.getMessage()).contains(expected);
    assertThat(j3.getField()).isEqualTo(j2.getField());
    if (!expected.equals("well-formed") && !expected.equals("$")) {
      assertThat(j3.getMessage()).isEqualTo(j2.getMessage()); // the report's own reading: identical
    }
  }

  @Test
  void a_plain_mapper_refuses_what_the_report_refuses() {
    for (DocumentCodec c : List.of(TestCodecs.PLAIN_JACKSON2, TestCodecs.PLAIN_JACKSON3)) {
      assertThatThrownBy(() -> c.read(BASE + "\"agancy\":\"B\"}", AnnualReport.class))
          .hasStackTraceContaining("did you mean `agency`?");
      assertThatThrownBy(() -> c.read("{\"schemaVersion\":2}", AnnualReport.class))
          .hasStackTraceContaining("newer gongkai");
    }
  }

  @Test
  void identifiers_in_rejected_values_are_masked() {
    String id = "11010519491231002X";
    ReportInputException e = catchThrowableOfType(ReportInputException.class,
        () -> Samples.read(BASE + "\"table3\":{\"new\":{\"total\":\"" + id + "\"}}}"));
    assertThat(e.getMessage()).doesNotContain(id).contains("$.table3.new.total");
    e = catchThrowableOfType(ReportInputException.class,
        () -> Samples.read(BASE + "\"table3\":{\"new\":{\"total\":\"电话 138 1234 5678\"}}}"));
    assertThat(e.getMessage()).doesNotContain("138 1234 5678");
  }

  @ParameterizedTest
  @MethodSource("strict")
  void lenient_where_published_tables_differ(DocumentCodec codec) {
    String base = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2020,\"agency\":\"A\",";
    AnnualReport r = ReportJson.read(base
        + "\"table3\":{\"三、本年度办理结果\":{\"自然人\":\"\"},\"new\":{\"总计\":\"1,234\"}}}", codec);
    assertThat(r.get(ReportTable.TABLE_3, "new", "total")).isEqualTo(CellValue.ofCount(1234));
    assertThat(r.getYear()).isEqualTo(2020);
    AnnualReport byNumeral = ReportJson.read(BASE + "\"三\":{\"一\":{\"总计\":3}}}", codec);
    assertThat(byNumeral.get(ReportTable.TABLE_3, "new", "total")).isEqualTo(CellValue.ofCount(3));
  }

  @ParameterizedTest
  @MethodSource("strict")
  void negative_and_fractional_counts_are_read_for_the_checker(DocumentCodec codec) {
    String json = BASE + "\"table3\":{\"new\":{\"natural-person\":-1,\"total\":2.5}}}";
    AnnualReport r = ReportJson.read(json, codec);
    assertThat(r.get(ReportTable.TABLE_3, "new", "natural-person").getNumber()).isEqualByComparingTo("-1");
    assertThat(r.get(ReportTable.TABLE_3, "new", "total").getNumber()).isEqualByComparingTo("2.5");
  }

  @Test
  void the_document_is_plain_java() {
    AnnualReport r = Samples.report("report-2024.json");
    Map<String, Object> doc = ReportJson.toDocument(r);
    assertThat(doc.keySet()).startsWith("schemaVersion", "format", "year", "agency", "table2", "table3", "table4");
    assertThat(ReportJson.fromDocument(doc)).isEqualTo(r);
    assertThat(AnnualReport.fromDocument(r.toDocument())).isEqualTo(r);
  }
}

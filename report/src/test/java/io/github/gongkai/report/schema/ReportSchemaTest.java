package io.github.gongkai.report.schema;

import io.github.gongkai.core.schema.SchemaSupport;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static io.github.gongkai.core.schema.SchemaSupport.with;
import static io.github.gongkai.core.schema.SchemaSupport.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportLayout;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.Section;
import io.github.gongkai.report.stats.LegacyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of the annual report (schema version 1) and the legacy 2008 report: meta-schema,
 * {@code $ref}s, enum lists from the Java enums and layouts, every report fixture and golden file
 * accepted, every negative case refused. Where the report reader is tolerant (rows and columns
 * keyed by code or printed label, cells as printed), the schema is too, and this test checks that
 * the reader and the schema agree on both the tolerated and the refused documents.
 */
class ReportSchemaTest {
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final String REPORT = "annual-report.schema.json";
  private static final String LEGACY = "legacy-report.schema.json";
  private static final String REQUEST = "information-request.schema.json";

  static List<String> shipped() {
    return SchemaSupport.shipped("report");
  }

  @Test
  void reportShipsTheReportSchemas() {
    assertThat(shipped()).containsExactly(REPORT, LEGACY);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void schemaIsValidAgainstTheMetaSchemaAndEveryRefResolves(String name) {
    JsonNode s = SchemaSupport.tree(name);
    assertThat(s.path("$schema").asText()).isEqualTo(SchemaSupport.META);
    assertThat(s.path("$id").asText()).isEqualTo(SchemaSupport.BASE + name);
    assertThat(s.path("title").asText()).as("title names the Chinese term").containsPattern("\\p{IsHan}");
    assertThat(s.path("description").asText()).isNotBlank();
    assertThat(SchemaSupport.metaSchemaErrors(name)).isEmpty();
    assertThat(SchemaSupport.unresolvedRefs(name)).isEmpty();
    assertThat(SchemaSupport.schema(name)).isNotNull();
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String dir : List.of("golden", "samples")) {
      try (Stream<Path> files = Files.list(RESOURCES.resolve(dir))) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith(".json")) {
            out.add(Arguments.of(dir + "/" + n, n.startsWith("legacy-") ? LEGACY : REPORT));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyReportFixtureAndGoldenFileValidates(String file, String schema) {
    assertThat(errors(schema, SchemaSupport.read(RESOURCES.resolve(file)))).isEmpty();
  }

  @Test
  void everyRequestRecordOfTheSamplesValidatesAgainstTheRequestSchema() {
    List<JsonNode> records = SchemaSupport.lines(RESOURCES.resolve("samples/requests.jsonl"));
    assertThat(records).hasSizeGreaterThan(10);
    for (int i = 0; i < records.size(); i++) {
      assertThat(errors(REQUEST, records.get(i))).as("line " + (i + 1)).isEmpty();
    }
  }

  static Map<String, List<String>> expectedEnums() {
    Map<String, List<String>> e = new LinkedHashMap<>();
    e.put(REPORT + "#/properties/format", codes(ReportFormat.class, f -> f.getLayout().hasTables()));
    e.put(REPORT + "#/properties/sections/propertyNames", sections(ReportFormat.FORMAT_2021));
    e.put(LEGACY + "#/properties/format", codes(ReportFormat.class, f -> !f.getLayout().hasTables()));
    e.put(LEGACY + "#/properties/sectionTexts/propertyNames", sections(ReportFormat.LEGACY_2008));
    return e;
  }

  private static List<String> sections(ReportFormat format) {
    return ReportLayout.of(format).getSections().stream().map(Section::getNumber).toList();
  }

  @Test
  void everyEnumListEqualsTheJavaCodes() {
    Map<String, List<String>> expected = expectedEnums();
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String name : shipped()) {
      SchemaSupport.enums(name).forEach((pointer, values) -> found.put(name + "#" + pointer, values));
    }
    assertThat(found.keySet()).as("every enum list of the schemas has its Java source in this test")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((where, codes) -> assertThat(found.get(where)).as(where).containsExactlyElementsOf(codes));
    for (ReportFormat f : ReportFormat.values()) {
      if (f.getLayout().hasTables()) {
        assertThat(sections(f)).as("sections of " + f.getCode()).isEqualTo(sections(ReportFormat.FORMAT_2021));
      }
    }
  }

  @Test
  void versionsYearsAndTablesAreThoseTheReadersAccept() {
    JsonNode report = SchemaSupport.tree(REPORT);
    assertThat(report.at("/properties/schemaVersion/const").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
    assertThat(report.at("/properties/year/minimum").asInt()).isEqualTo(AnnualReport.FIRST_TABLE_YEAR);
    List<String> keys = new ArrayList<>();
    report.path("properties").properties().forEach(e -> keys.add(e.getKey()));
    List<String> expectedKeys = new ArrayList<>(List.of("schemaVersion", "format", "year", "agency"));
    expectedKeys.addAll(codes(ReportTable.class));
    expectedKeys.add("sections");
    assertThat(keys).containsExactlyElementsOf(expectedKeys);

    JsonNode legacy = SchemaSupport.tree(LEGACY);
    ReportLayout l = ReportLayout.of(ReportFormat.LEGACY_2008);
    assertThat(legacy.at("/properties/schemaVersion/const").asInt()).isEqualTo(LegacyReport.SCHEMA_VERSION);
    assertThat(legacy.at("/properties/year/minimum").asInt()).isEqualTo(l.getFirstYear());
    assertThat(legacy.at("/properties/year/maximum").asInt()).isEqualTo(l.getLastYear());
    SchemaSupport.Shape java = SchemaSupport.shape(LegacyReport.class);
    SchemaSupport.Shape json = SchemaSupport.shape(LEGACY, "");
    assertThat(json.properties()).containsExactlyElementsOf(java.properties());
    assertThat(json.required()).containsExactlyElementsOf(java.required());
  }

  private static JsonNode report() {
    return SchemaSupport.read(RESOURCES.resolve("samples/report-2024.json"));
  }

  /** Documents the report reader accepts although they are not in gongkai's own written form. */
  static Stream<Arguments> tolerated() {
    JsonNode r = report();
    return Stream.of(
        Arguments.of("row by printed label", with(without(r, "/table3/new"), "/table3/一、本年新收政府信息公开申请数量",
            "{\"自然人\": 58, \"总计\": 58}")),
        Arguments.of("row by numbered label, half-width", with(without(r, "/table3/withheld-state-secret"), "/table3/(三)1.属于国家秘密", "{\"总计\": 0}")),
        Arguments.of("heading row left blank", with(r, "/table3/三、本年度办理结果", "null")),
        Arguments.of("heading row of blank cells", with(r, "/table3/三", "{\"自然人\": \"\", \"总计\": null}")),
        Arguments.of("cell with thousands separator", with(r, "/table2/licensing/decisions", "\"1,200\"")),
        Arguments.of("cell in full-width digits", with(r, "/table2/licensing/decisions", "\"１２０\"")),
        Arguments.of("full-width slash", with(r, "/table2/rules/issued", "\"／\"")),
        Arguments.of("number as text with spaces", with(r, "/table2/licensing/decisions", "\" 120 \"")),
        Arguments.of("blank cell as empty text", with(r, "/table2/licensing/decisions", "\"\"")),
        Arguments.of("negative count (a check finding, not unreadable)", with(r, "/table3/new/total", "-1")),
        Arguments.of("fractional count", with(r, "/table3/new/total", "66.5")),
        Arguments.of("section texts", with(r, "/sections", "{\"一\": \"总体情况\", \"六\": \"无\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tolerated")
  void theSchemaAcceptsWhatTheReaderTolerates(String name, JsonNode document) {
    assertThat(errors(REPORT, document)).isEmpty();
    assertThat(ReportJson.read(document.toString(), io.github.gongkai.report.TestCodecs.JACKSON2)).isNotNull();
  }

  static Stream<Arguments> negativeCases() {
    JsonNode r = report();
    return Stream.of(
        Arguments.of("unknown field", with(r, "/table5", "{}")),
        Arguments.of("unknown field, misspelled", with(r, "/sectoins", "{}")),
        Arguments.of("wrong type", with(r, "/year", "\"2024\"")),
        Arguments.of("missing required", without(r, "/agency")),
        Arguments.of("missing schemaVersion", without(r, "/schemaVersion")),
        Arguments.of("bad enum code", with(r, "/format", "\"2022\"")),
        Arguments.of("legacy format in a report with tables", with(r, "/format", "\"2008\"")),
        Arguments.of("newer schemaVersion", with(r, "/schemaVersion", "2")),
        Arguments.of("year before the table formats", with(r, "/year", "2018")),
        Arguments.of("blank agency", with(r, "/agency", "\"  \"")),
        Arguments.of("unparseable cell", with(r, "/table3/new/total", "\"many\"")),
        Arguments.of("cell of a wrong type", with(r, "/table3/new/total", "true")),
        Arguments.of("cell as an object", with(r, "/table3/new/total", "{}")),
        Arguments.of("row not an object", with(r, "/table3/new", "5")),
        Arguments.of("row null outside the heading", with(r, "/table3/new", "null")),
        Arguments.of("heading with a number", with(r, "/table3/三", "{\"总计\": 3}")),
        Arguments.of("table not an object", with(r, "/table2", "[]")),
        Arguments.of("empty row key", with(r, "/table2/ ", "{}")),
        Arguments.of("unknown section", with(r, "/sections", "{\"七\": \"x\"}")),
        Arguments.of("section text not a string", with(r, "/sections", "{\"一\": 1}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void everyNegativeCaseFailsAndTheReaderRefusesItToo(String name, JsonNode document) {
    assertThat(errors(REPORT, document)).isNotEmpty();
    assertThatThrownBy(() -> ReportJson.read(document.toString(), io.github.gongkai.report.TestCodecs.JACKSON2)).isInstanceOf(GongkaiException.class);
  }

  static Stream<Arguments> legacyNegativeCases() {
    JsonNode l = SchemaSupport.read(RESOURCES.resolve("samples/legacy-pian1.json"));
    return Stream.of(
        Arguments.of("unknown field", with(l, "/requestsAnswered", "0")),
        Arguments.of("wrong type", with(l, "/requestsReceived", "\"0\"")),
        Arguments.of("missing required", without(l, "/year")),
        Arguments.of("bad enum code", with(l, "/format", "\"2021\"")),
        Arguments.of("year after the 2008 Regulation's reports", with(l, "/year", "2019")),
        Arguments.of("newer schemaVersion", with(l, "/schemaVersion", "2")),
        Arguments.of("negative count", with(l, "/reviews", "-1")),
        Arguments.of("negative category count", with(l, "/proactiveByCategory/公开目录", "-1")),
        Arguments.of("negative fee", with(l, "/feesCollectedYuan", "-0.5")),
        Arguments.of("unknown section", with(l, "/sectionTexts/七", "\"x\"")),
        Arguments.of("blank agency", with(l, "/agency", "\"\"")));
  }

  @ParameterizedTest(name = "legacy: {0}")
  @MethodSource("legacyNegativeCases")
  void everyLegacyNegativeCaseFails(String name, JsonNode document) {
    assertThat(errors(LEGACY, document)).isNotEmpty();
  }
}

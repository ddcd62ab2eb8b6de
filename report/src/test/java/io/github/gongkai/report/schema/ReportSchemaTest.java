package io.github.gongkai.report.schema;

import io.github.gongkai.core.schema.AbstractSchemaContract;
import io.github.gongkai.core.schema.SchemaSupport;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
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
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.stats.CategoryTable;
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
class ReportSchemaTest extends AbstractSchemaContract {
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final String REPORT = "annual-report.schema.json";
  private static final String LEGACY = "legacy-report.schema.json";
  private static final String CATEGORIES = "category-table.schema.json";
  private static final String REQUEST = "information-request.schema.json";

  ReportSchemaTest() {
    super("report", List.of(REPORT, CATEGORIES, LEGACY));
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String dir : List.of("golden", "samples")) {
      try (Stream<Path> files = Files.list(RESOURCES.resolve(dir))) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith(".json")) {
            out.add(Arguments.of(
                dir + "/" + n, n.startsWith("legacy-") ? LEGACY : n.startsWith("categories-") ? CATEGORIES : REPORT));
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

  @Override
  protected Map<String, List<String>> expectedEnums() {
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
  void everyReportFormatWithTablesHasTheSectionsOfThe2021Format() {
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

  private static Stream<Arguments> table(String file) {
    return casesFromTable(RESOURCES.resolve("schema").resolve(file), f -> SchemaSupport.read(RESOURCES.resolve(f)));
  }

  /** Documents the report reader accepts although they are not in gongkai's own written form. */
  static Stream<Arguments> tolerated() {
    return table("tolerated.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tolerated")
  void theSchemaAcceptsWhatTheReaderTolerates(String name, String schema, JsonNode document) {
    assertThat(errors(schema, document)).isEmpty();
    assertThat(ReportJson.read(document.toString(), io.github.gongkai.report.TestCodecs.JACKSON2)).isNotNull();
  }

  @Override
  protected Stream<Arguments> negativeCases() {
    return table("negative-cases.tsv");
  }

  /** The negative cases of the category table schema. */
  Stream<Arguments> categoryNegativeCases() {
    return negativeCases().filter(a -> a.get()[1].equals(CATEGORIES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categoryNegativeCases")
  void theCategoryTableReaderRefusesEveryNegativeCaseOfItsSchema(String name, String schema, JsonNode document) {
    assertThatThrownBy(() -> CategoryTable.read(document.toString(), io.github.gongkai.report.TestCodecs.JACKSON2))
        .isInstanceOf(ReportInputException.class);
  }

  @Test
  void theCategoryTableSampleIsTheTranscribedTable() {
    assertThat(CategoryTable.read(
            io.github.gongkai.report.Samples.text("categories-pian3.json"), io.github.gongkai.report.TestCodecs.JACKSON2))
        .isEqualTo(io.github.gongkai.report.Samples.categoryTable("categories-pian3.tsv"));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "{\"total\": \"430余条\", \"entries\": [{\"label\": \"a\", \"count\": 57}]}",
    "{\"total\": null, \"entries\": [{\"label\": \"a\", \"count\": \"约20条\", \"printed\": \"90%以上\"}]}",
    "{\"entries\": [{\"label\": \"a\", \"count\": \"四百三十余条\", \"printed\": \"百分之九十以上\"}]}",
    "{\"entries\": [{\"label\": \"a\", \"count\": \"3,600多条\", \"printed\": \"１０．９２％\"}, {\"label\": \"b\"}]}",
    "{\"total\": \"不足10件\", \"entries\": [{\"label\": \"a\", \"count\": null, \"printed\": null}]}"
  })
  void theCategorySchemaAcceptsWhatTheReaderAccepts(String json) throws IOException {
    JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(errors(CATEGORIES, document)).isEmpty();
    assertThat(CategoryTable.read(json, io.github.gongkai.report.TestCodecs.JACKSON2)).isNotNull();
  }

  /** The negative cases of the annual report schema (the legacy report has a reader of its own). */
  Stream<Arguments> reportNegativeCases() {
    return negativeCases().filter(a -> a.get()[1].equals(REPORT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportNegativeCases")
  void theReportReaderRefusesEveryNegativeCaseOfTheReportSchema(String name, String schema, JsonNode document) {
    assertThatThrownBy(() -> ReportJson.read(document.toString(), io.github.gongkai.report.TestCodecs.JACKSON2)).isInstanceOf(GongkaiException.class);
  }
}

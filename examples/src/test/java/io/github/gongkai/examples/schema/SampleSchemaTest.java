package io.github.gongkai.examples.schema;

import io.github.gongkai.core.schema.SchemaSupport;

import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON sample of the command-line tool (decision inputs, request and case records, reports,
 * category tables)
 * validates against the published schema of its document type, and {@code decide.md} documents
 * exactly the fields of the decision input schema.
 */
class SampleSchemaTest {
  private static final Path SAMPLES = Path.of("src/main/resources/samples");
  private static final Path TEST_REPORT = Path.of("src/test/resources/report");

  /** Each sample file with the schema of its documents; a new sample must be added here. */
  static Stream<Arguments> samples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Path dir : List.of(SAMPLES, TEST_REPORT)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (!n.endsWith(".json") && !n.endsWith(".jsonl")) {
            continue;
          }
          String schema =
              n.startsWith("decide-") ? "decision-input.schema.json"
                  : n.startsWith("requests") || n.startsWith("request-") ? "information-request.schema.json"
                  : n.startsWith("agenda-") ? "agenda-record.schema.json"
                  : n.startsWith("cases") ? "remedy-case.schema.json"
                  : n.equals("table2.json") ? "annual-report.schema.json#/$defs/table"
                  : n.startsWith("report-") || n.startsWith("typed-") ? "annual-report.schema.json"
                  : n.startsWith("shares-") ? "category-table.schema.json"
                  : n.startsWith("catalogue-") ? "catalogue.schema.json"
                  : n.startsWith("guide-") ? "disclosure-guide.schema.json"
                  : null;
          if (schema == null) {
            throw new AssertionError("sample " + f + " has no schema: map it here");
          }
          out.add(Arguments.of(f.toString(), schema));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleValidates(String file, String schema) {
    Path p = Path.of(file);
    List<JsonNode> documents =
        file.endsWith(".jsonl") ? SchemaSupport.lines(p) : List.of(SchemaSupport.read(p));
    assertThat(documents).isNotEmpty();
    for (int i = 0; i < documents.size(); i++) {
      assertThat(errors(schema, documents.get(i))).as(file + " document " + (i + 1)).isEmpty();
    }
  }

  @Test
  void decideMdDocumentsExactlyTheFieldsOfTheSchema() throws IOException {
    String md = Files.readString(SAMPLES.resolve("decide.md"), StandardCharsets.UTF_8);
    assertThat(documented(md, "assessment"))
        .containsExactlyElementsOf(properties("decision-input.schema.json", "/$defs/itemAssessment"));
    assertThat(documented(md, "context"))
        .containsExactlyElementsOf(properties("decision-context.schema.json", ""));
    assertThat(documented(md, "policy"))
        .containsExactlyElementsOf(properties("decision-policy.schema.json", ""));
  }

  /** The field names in the first column of the table under the heading {@code ## `section`}. */
  private static TreeSet<String> documented(String md, String section) {
    int start = md.indexOf("## `" + section + "`");
    assertThat(start).as("section " + section).isNotNegative();
    int end = md.indexOf("\n## ", start + 1);
    TreeSet<String> names = new TreeSet<>();
    for (String line : md.substring(start, end < 0 ? md.length() : end).split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      Matcher m = Pattern.compile("`([A-Za-z]+)`").matcher(line.substring(0, line.indexOf('|', 1)));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static TreeSet<String> properties(String schema, String pointer) {
    return SchemaSupport.shape(schema, pointer).properties();
  }
}

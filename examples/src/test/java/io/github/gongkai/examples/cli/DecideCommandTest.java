package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.jackson2.GongkaiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
  @TempDir Path dir;

  final CapturedCli cli = new CapturedCli();

  Path sample(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = DecideCommandTest.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, p);
    }
    return p;
  }

  Path write(String json) throws IOException {
    Path p = dir.resolve("in.json");
    Files.writeString(p, json, StandardCharsets.UTF_8);
    return p;
  }

  JsonNode json() throws IOException {
    return GongkaiJson.newMapper().readTree(cli.out.toString());
  }

  /** The decision printed for a bundled sample input, which must succeed. */
  JsonNode decideSample(String name, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("decide", "--input", sample(name).toString()));
    args.addAll(List.of(options));
    assertThat(cli.run(args.toArray(new String[0]))).as(cli.err.toString()).isZero();
    return json();
  }

  @Test
  void sample_item_with_separable_privacy_is_released_in_part() throws IOException {
    // 2019 Arts.15, 32, 37: objected privacy, separable → 部分公开
    JsonNode d = decideSample("decide-item.json");
    assertThat(d.get("regime").asText()).isEqualTo("2019");
    assertThat(d.get("disposition").asText()).isEqualTo("release-in-part");
    assertThat(d.get("reportRow").asText()).isEqualTo("partially-released");
    assertThat(d.get("grounds").get(0).get("ground").asText()).isEqualTo("withheld-third-party-rights");
    assertThat(d.get("grounds").get(0).get("nature").asText()).isEqualTo("mandatory");
    assertThat(d.get("legalBases").get(0).get("article").asInt()).isEqualTo(37);
    assertThat(d.get("provisional").asBoolean()).isFalse();
    assertThat(d.has("trace")).isFalse();
  }

  @Test
  void explain_adds_the_trace_of_every_rule() throws IOException {
    JsonNode trace = decideSample("decide-item.json", "--explain").get("trace");
    assertThat(trace.size()).isEqualTo(26);
    assertThat(trace.get(0).get("rule").asText()).isEqualTo("petition-or-complaint");
    assertThat(trace.get(0).get("reasonZh").asText()).isNotBlank();
  }

  @Test
  void a_request_over_several_items_gives_one_answer() throws IOException {
    // released + withheld (Art.16) + not held → counted once as 部分公开
    JsonNode r = decideSample("decide-request.json");
    assertThat(r.get("disposition").asText()).isEqualTo("release-in-part");
    assertThat(r.get("reportRow").asText()).isEqualTo("partially-released");
    assertThat(r.get("items")).hasSize(3);
    assertThat(r.get("items").get(1).get("decision").get("reportRow").asText())
        .isEqualTo("withheld-process-information");
  }

  @Test
  void without_context_the_2019_regulation_applies() throws IOException {
    Path p =
        write(
            "{\"item\":{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"}}");
    assertThat(cli.run("decide", "--input", p.toString())).isZero();
    assertThat(json().get("disposition").asText()).isEqualTo("release");
    assertThat(json().get("regime").asText()).isEqualTo("2019");
  }

  @Test
  void a_policy_in_the_input_is_applied() throws IOException {
    // DecisionPolicy.notGovernmentInformationRow: [U] report row for content that is not government information
    String item = "{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"}";
    Path p =
        write("{\"item\":" + item + ",\"assessment\":{\"notGovernmentInformation\":true},"
            + "\"policy\":{\"notGovernmentInformationRow\":\"cannot-provide-not-held\"}}");
    assertThat(cli.run("decide", "--input", p.toString())).as(cli.err.toString()).isZero();
    assertThat(json().get("reportRow").asText()).isEqualTo("cannot-provide-not-held");
    Path bad = write("{\"item\":" + item + ",\"policy\":{\"notGovernmentInformationRow\":\"released\"}}");
    assertThat(cli.run("decide", "--input", bad.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("notGovernmentInformationRow");
  }

  @Test
  void bad_input_exits_2_naming_the_field() throws IOException {
    Path missing = write("{\"item\":{\"id\":\"x\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"}}");
    assertThat(cli.run("decide", "--input", missing.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gongkai: ").contains("title");

    Path badCode = write("{\"item\":{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"},"
        + "\"assessment\":{\"discretionaryChoice\":\"perhaps\"}}");
    assertThat(cli.run("decide", "--input", badCode.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("discretionaryChoice");

    assertThat(cli.run("decide", "--input", write("{\"context\":{\"requestDate\":\"2024-01-01\"}}").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("exactly one of item and items");

    assertThat(cli.run("decide", "--input", write("{not json").toString())).isEqualTo(2);
    assertThat(cli.run("decide", "--input", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("nope.json");
  }
}

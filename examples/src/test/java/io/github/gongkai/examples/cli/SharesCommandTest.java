package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharesCommandTest {
  @TempDir Path dir;

  private final CapturedCli cli = new CapturedCli();
  private final InputStream stdin = System.in;

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  /** The shipped sample: the category table of 篇3 of the seed work summaries (183 items, 16 categories). */
  private Path sample() throws IOException {
    Path p = dir.resolve("shares-2011.json");
    try (InputStream in = SharesCommandTest.class.getResourceAsStream("/samples/shares-2011.json")) {
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private JsonNode output() throws IOException {
    return new ObjectMapper().readTree(cli.out.toString());
  }

  private static List<String> misprints(JsonNode out) {
    List<String> list = new ArrayList<>();
    for (JsonNode f : out.get("findings")) {
      if (f.get("rule").asText().equals("share-misprint")) {
        list.add(f.get("label").asText() + " " + f.get("printed").asText() + "→" + f.get("expected").asText());
      }
    }
    return list;
  }

  @Test
  void the_sample_table_has_its_three_misprints_and_one_derived_count() throws IOException {
    assertThat(cli.run("stats", "shares", "--input", sample().toString())).isEqualTo(1);
    JsonNode out = output();
    assertThat(out.get("method").asText()).isEqualTo("round");
    assertThat(out.get("shares")).hasSize(16);
    assertThat(out.get("shares").get(1).get("label").asText()).isEqualTo("国土执法");
    assertThat(out.get("shares").get(1).get("count").asInt()).isEqualTo(20);
    assertThat(out.get("shares").get(1).get("share").asText()).isEqualTo("10.93");
    assertThat(out.get("shares").get(9).get("share").asText()).isEqualTo("20.77");
    JsonNode derived = out.get("shares").get(13);
    assertThat(derived.get("count").asInt()).isEqualTo(1);
    assertThat(derived.get("derived").asBoolean()).isTrue();
    assertThat(misprints(out)).containsExactly("国土执法 10.92→10.93", "公开监督 0.54→0.55", "四项制度专 0.54→0.55");
    assertThat(out.get("findings")).hasSize(4);
    JsonNode d = out.get("findings").get(2);
    assertThat(d.get("rule").asText()).isEqualTo("derived-count");
    assertThat(d.get("label").asText()).isEqualTo("四项制度专");
    assertThat(d.get("count").asInt()).isEqualTo(1);
    assertThat(d.get("severity").asText()).isEqualTo("warning");
    assertThat(out.get("printedSum").asText()).isEqualTo("100.01");
    assertThat(out.get("sum").asText()).isEqualTo("100.04");
    assertThat(out.get("findings").get(0).get("messageZh").asText()).startsWith("“国土执法”印为 10.92%");
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void by_largest_remainder_the_four_shares_it_moves_are_flagged_too() throws IOException {
    assertThat(cli.run("stats", "shares", "--input", sample().toString(), "--method", "largest-remainder")).isEqualTo(1);
    JsonNode out = output();
    assertThat(out.get("method").asText()).isEqualTo("largest-remainder");
    assertThat(out.get("sum").asText()).isEqualTo("100.00");
    assertThat(misprints(out)).hasSize(7).contains("公示公告 20.77→20.76", "其它信息 3.83→3.82");
    assertThat(out.get("shares").get(9).get("adjusted").asBoolean()).isTrue();
  }

  @Test
  void a_consistent_table_exits_0() throws IOException {
    // 篇1 of the seed work summaries: 56 items by 7 kinds
    String json = "{\"total\": 56, \"entries\": [{\"label\": \"公开目录\", \"count\": 1}, {\"label\": \"公开指南\", \"count\": 1},"
        + " {\"label\": \"领导信息\", \"count\": 6}, {\"label\": \"机构信息\", \"count\": 20, \"printed\": \"35.71%\"},"
        + " {\"label\": \"行政许可和非行政许可项目\", \"count\": 5}, {\"label\": \"规范性文件\", \"count\": 1},"
        + " {\"label\": \"工作动态\", \"count\": 22}]}";
    assertThat(cli.run("stats", "shares", "--input", write("p1.json", json).toString())).isZero();
    JsonNode out = output();
    assertThat(out.get("findings")).isEmpty();
    assertThat(out.get("denominator").asInt()).isEqualTo(56);
    assertThat(out.get("shares").get(6).get("share").asText()).isEqualTo("39.29");
  }

  @Test
  void an_approximate_total_from_standard_input() throws IOException {
    // 篇13 of the seed work summaries: "430余条", of which 57, 82, 132 and 159
    String json = "{\"total\": \"430余条\", \"entries\": [{\"label\": \"政务公告\", \"count\": 57}, {\"label\": \"交通动态信息\", \"count\": 82},"
        + " {\"label\": \"旗县市交通信息\", \"count\": 132}, {\"label\": \"其他栏目\", \"count\": 159}]}";
    assertThat(cli.runWithInput(json, "stats", "shares", "--input", "-")).isEqualTo(1);
    JsonNode out = output();
    assertThat(out.get("shares").get(0).get("share").asText()).isEqualTo("13.26");
    assertThat(out.get("findings")).hasSize(1);
    JsonNode f = out.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("categories-total");
    assertThat(f.get("severity").asText()).isEqualTo("warning");
    assertThat(f.get("label").isNull()).isTrue();
    assertThat(f.get("total").asText()).isEqualTo("430余条");
    assertThat(f.get("sum").asText()).isEqualTo("430");
  }

  @Test
  void bad_input_exits_2_naming_the_json_path() throws IOException {
    assertThat(cli.run("stats", "shares", "--input",
        write("a.json", "{\"entries\": [{\"label\": \"a\", \"cout\": 1}]}").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("$.entries[0].cout").contains("did you mean `count`?");
    assertThat(cli.run("stats", "shares", "--input", write("b.json", "{\"total\": true, \"entries\": []}").toString()))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("$.total");
    assertThat(cli.run("stats", "shares", "--input",
        write("c.json", "{\"entries\": [{\"label\": \"a\", \"printed\": 10.92}]}").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("$.entries[0].printed: must be a string");
    assertThat(cli.run("stats", "shares", "--input", write("d.json", "{ nope").toString())).isEqualTo(2);
    assertThat(cli.run("stats", "shares", "--input", dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(cli.run("stats", "shares", "--input", sample().toString(), "--method", "Round")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--method: must be one of round, largest-remainder (did you mean `round`?)");
    assertThat(cli.run("stats", "shares")).isEqualTo(2);
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void stats_alone_prints_its_usage() {
    assertThat(cli.run("stats")).isZero();
    assertThat(cli.out.toString()).contains("shares");
  }
}

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

class ScanAndRedactCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT =
      "申请人：张三，身份证号11010519491231002X，电话138 1234 5678，有犯罪记录。";
  private final InputStream stdin = System.in;
  private final CapturedCli cli = new CapturedCli();

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : cli.out.toString().split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void scanPrintsOneJsonObjectPerFindingWithoutTheFullIdentifier() throws IOException {
    assertThat(cli.runWithInput(TEXT, "scan", "--reference-date", "2026-01-01")).isZero();
    List<JsonNode> lines = jsonLines();
    assertThat(lines).extracting(n -> n.get("type").asText())
        .containsExactly("name", "resident-id", "mobile", "sensitive-keyword");
    JsonNode id = lines.get(1);
    assertThat(id.get("start").asLong()).isEqualTo(11);
    assertThat(id.get("end").asLong()).isEqualTo(29);
    assertThat(id.get("confidence").asDouble()).isEqualTo(0.99);
    assertThat(id.get("checks").toString()).contains("mod-11-2", "birth-date", "region-code");
    assertThat(id.get("masked").asText()).isEqualTo("110***********002X");
    assertThat(id.has("text")).isFalse();
    assertThat(lines.get(3).get("category").asText()).isEqualTo("criminal-record");
    assertThat(cli.out.toString()).doesNotContain("11010519491231002X", "138 1234 5678");
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void scanShowAndTypeFilter() throws IOException {
    assertThat(cli.runWithInput(TEXT, "scan", "--show", "--type", "resident-id,mobile")).isZero();
    List<JsonNode> lines = jsonLines();
    assertThat(lines).extracting(n -> n.get("text").asText())
        .containsExactly("11010519491231002X", "138 1234 5678");
  }

  @Test
  void scanRejectsUnknownTypeWithExitTwo() {
    assertThat(cli.runWithInput(TEXT, "scan", "--type", "shoe-size")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("findingType").contains("shoe-size");
  }

  @Test
  void scanWithExtraKeywords(@TempDir Path dir) throws IOException {
    Path kw = dir.resolve("kw.tsv");
    Files.writeString(kw, "salary\t薪酬\tSalary\t-\t年薪\n", StandardCharsets.UTF_8);
    assertThat(cli.runWithInput("他的年薪很高", "scan", "--keywords", kw.toString())).isZero();
    assertThat(jsonLines()).extracting(n -> n.get("category").asText()).containsExactly("salary");
  }

  @Test
  void redactPrintsTextAndWritesLog(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log.json");
    assertThat(cli.runWithInput(TEXT, "redact", "--log", log.toString(), "--reference-date", "2026-01-01")).isZero();
    assertThat(cli.out.toString())
        .isEqualTo("申请人：张*，身份证号110***********002X，电话138 **** 5678，有犯罪记录。");
    JsonNode root = JSON.readTree(log.toFile());
    assertThat(root.get("regime").asText()).isEqualTo("2019");
    assertThat(root.get("redacted").asBoolean()).isTrue();
    JsonNode entries = root.get("entries");
    assertThat(entries).hasSize(3);
    JsonNode id = entries.get(1);
    assertThat(id.get("type").asText()).isEqualTo("resident-id");
    assertThat(id.get("start").asInt()).isEqualTo(11);
    assertThat(id.get("ground").asText()).isEqualTo("withheld-third-party-rights");
    assertThat(id.get("legalBases").findValuesAsText("notation"))
        .containsExactly("OGI-2019:15", "OGI-2019:32", "OGI-2019:37");
    assertThat(id.get("zh").asText()).contains("保护第三方合法权益").contains("第三十七条");
    assertThat(root.get("summaryZh").asText()).contains("居民身份证号码1处");
    assertThat(Files.readString(log)).doesNotContain("11010519491231002X");
  }

  @Test
  void redactWithOptions() {
    assertThat(cli.runWithInput(TEXT, "redact", "--regime", "2008", "--mask", "resident-id=full", "--mask", "name=fixed:某某",
        "--type", "resident-id,name")).isZero();
    assertThat(cli.out.toString())
        .isEqualTo("申请人：某某，身份证号******************，电话138 1234 5678，有犯罪记录。");
  }

  @Test
  void redactRejectsBadMask() {
    assertThat(cli.runWithInput(TEXT, "redact", "--mask-all", "half")).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gongkai: mask:");
  }
}

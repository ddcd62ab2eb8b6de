package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  private final CapturedCli cli = new CapturedCli();

  private Path resource(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = ReportCommandTest.class.getResourceAsStream("/report/" + name)) {
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void check_consistent_report_exits_0_with_no_output() throws IOException {
    assertThat(cli.run("report", "check", "--input", resource("report-2024.json").toString(),
        "--previous", resource("typed-2023.json").toString())).isZero();
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void check_inconsistent_report_prints_json_lines_and_exits_1() throws IOException {
    String text = Files.readString(resource("report-2024.json")).replace("\"total\": 66", "\"total\": 67");
    assertThat(cli.run("report", "check", "--input", write("bad.json", text).toString())).isEqualTo(1);
    List<String> lines = cli.out.toString().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("rule").asText()).isEqualTo("t3-balance");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("cells").get(0).asText()).isEqualTo("table3/new/total");
    assertThat(first.get("values").get(0).asInt()).isEqualTo(67);
    assertThat(first.get("where").get(0).asText()).isEqualTo("表三 一、本年新收政府信息公开申请数量 × 总计");
    assertThat(first.get("messageZh").asText()).contains("两者不等");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("rule").asText()).isEqualTo("t3-applicant-total");
  }

  @Test
  void check_blank_policy_takes_exact_codes_only() throws IOException {
    String report = resource("report-2024.json").toString();
    assertThat(cli.run("report", "check", "--input", report, "--blank", "zero")).isZero();
    assertThat(cli.run("report", "check", "--input", report, "--blank", "Zero")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--blank: must be one of unknown, zero (did you mean `zero`?)");
  }

  @Test
  void check_unreadable_input_exits_2() throws IOException {
    assertThat(cli.run("report", "check", "--input", write("x.json", "{ not json").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gongkai: $: must be well-formed JSON");
    assertThat(cli.run("report", "check", "--input", dir.resolve("missing.json").toString())).isEqualTo(2);
    String wrongCell = "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"A\",\"table3\":{\"new\":{\"自然人\":\"x\"}}}";
    assertThat(cli.run("report", "check", "--input", write("y.json", wrongCell).toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("$.table3.new[\"自然人\"]");
    assertThat(cli.run("report", "check")).isEqualTo(2);
  }

  @Test
  void build_from_records_then_check_it() throws IOException {
    Path report = dir.resolve("built.json");
    assertThat(cli.run("report", "build", "--year", "2024", "--input", resource("requests.jsonl").toString(),
        "--cases", resource("cases.jsonl").toString(), "--proactive", resource("table2.json").toString(),
        "-o", report.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("agency").asText()).isEqualTo("示例市某区示例局（样例数据）");
    assertThat(json.at("/table3/new/total").asInt()).isEqualTo(29);
    assertThat(json.at("/table4/review/total").asInt()).isEqualTo(2);
    assertThat(json.at("/table2/licensing/decisions").asInt()).isEqualTo(120);
    assertThat(json.at("/table2/rules/issued").asText()).isEqualTo("/");
    assertThat(cli.run("report", "check", "--input", report.toString())).isZero();
  }

  @Test
  void build_renders_each_format() throws IOException {
    Path in = resource("requests.jsonl");
    assertThat(cli.run("report", "build", "--year", "2024", "--input", in.toString(), "--format", "md")).isZero();
    assertThat(cli.out.toString()).startsWith("# 示例市某区示例局（样例数据）2024年政府信息公开工作年度报告");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("report", "build", "--year", "2024", "--input", in.toString(), "--format", "html")).isZero();
    assertThat(cli.out.toString()).startsWith("<!DOCTYPE html>").contains("<svg");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("report", "build", "--year", "2024", "--input", in.toString(), "--format", "csv")).isZero();
    assertThat(cli.out.toString()).startsWith("table,block,row,column,row_zh,column_zh,value\n");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("report", "build", "--year", "2020", "--input", in.toString(), "--format", "md")).isZero();
    assertThat(cli.out.toString()).contains("（六）其他处理 |");
  }

  @Test
  void report_for_the_demo() throws IOException {
    java.util.List<io.github.gongkai.core.request.InformationRequest> requests;
    try (InputStream in = Files.newInputStream(resource("requests.jsonl"))) {
      requests = io.github.gongkai.core.json.JsonLinesReader.of(
          io.github.gongkai.jackson2.GongkaiJson.codec(),
          io.github.gongkai.core.request.InformationRequest.class).readAll(in);
    }
    StringWriter text = new StringWriter();
    io.github.gongkai.report.AnnualReport r = ReportCommand.printReport(new PrintWriter(text), requests, 2024,
        io.github.gongkai.core.calendar.ChinaCalendars.official(), CliText.ENGLISH);
    assertThat(r.getYear()).isEqualTo(2024);
    assertThat(text.toString()).contains("| 一、本年新收政府信息公开申请数量 |")
        .contains("Consistency checks: 0 finding(s)");
  }

  @Test
  void build_bad_input_exits_2() throws IOException {
    assertThat(cli.run("report", "build", "--year", "2024", "--input", write("r.jsonl", "{\"id\":\"x\"}\n").toString()))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("line 1");
    assertThat(cli.run("report", "build", "--year", "2024", "--input", resource("requests.jsonl").toString(),
        "--format", "pdf")).isEqualTo(2);
    assertThat(cli.run("report", "build", "--year", "2017", "--input", resource("requests.jsonl").toString()))
        .isEqualTo(2);
  }

  /** Three good sample records with bad ones between them (lines 2, 4, 5 and 6). */
  private Path badRecords() throws IOException {
    List<String> good = Files.readAllLines(resource("requests.jsonl"));
    String noEvents = good.get(3).replaceFirst("\"events\":\\[.*\\]}$", "\"events\":[]}");
    return write("bad.jsonl", String.join("\n",
        good.get(0),
        good.get(1) + good.get(2),
        good.get(2),
        good.get(0),
        noEvents,
        good.get(4) + " trailing",
        "",
        good.get(5)) + "\n");
  }

  @Test
  void build_stops_at_the_first_bad_record_and_says_how_many_were_read() throws IOException {
    assertThat(cli.run("report", "build", "--year", "2024", "--input", badRecords().toString())).isEqualTo(2);
    assertThat(cli.out.toString()).isEmpty();
    assertThat(cli.err.toString()).contains("line 2: $").contains("stopped after reading 2 record(s)")
        .doesNotContain("line 4");
  }

  @Test
  void build_skip_bad_lists_every_bad_record_with_counts_and_exits_1() throws IOException {
    assertThat(cli.run("report", "build", "--year", "2024", "--input", badRecords().toString(), "--skip-bad",
        "--threads", "2")).isEqualTo(1);
    List<String> lines = cli.err.toString().lines().collect(Collectors.toList());
    assertThat(lines).filteredOn(l -> l.contains("skipped")).extracting(l -> l.replaceAll(".*skipped (line \\d+):.*", "$1"))
        .containsExactly("line 2", "line 4", "line 5", "line 6");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("line 4: $.id: must be unique"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("line 5: $.events: ").contains("no events"));
    assertThat(lines.get(lines.size() - 1)).contains("records: read 7, accepted 3, rejected 4");
    JsonNode json = new ObjectMapper().readTree(cli.out.toString());
    long counted = json.at("/table3/new/total").asLong() + json.at("/table3/carried-over/total").asLong();
    String summary = lines.get(lines.size() - 1);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("counted in 2024: (\\d+), closed before 2024: (\\d+), received after 2024: (\\d+)").matcher(summary);
    assertThat(m.find()).as(summary).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(counted);
    assertThat(counted + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3))).isEqualTo(3);
  }

  private Path readResource(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = ReportCommandTest.class.getResourceAsStream("/report/read/" + name)) {
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  @Test
  void read_a_published_text_report_prints_its_json_and_exits_0() throws IOException {
    Path log = dir.resolve("log.json");
    Path page = readResource("pingtan-gaj-2022.txt");
    assertThat(cli.run("report", "read", "--input", page.toString(), "--log", log.toString())).isZero();
    JsonNode report = new ObjectMapper().readTree(cli.out.toString());
    assertThat(report.get("format").asText()).isEqualTo("2021");
    assertThat(report.get("year").asInt()).isEqualTo(2022);
    assertThat(report.get("agency").asText()).isEqualTo("平潭综合实验区公安局");
    assertThat(report.get("table3").get("total").get("natural-person").asInt()).isEqualTo(2);
    assertThat(report.get("table2").get("penalties").get("decisions").asInt()).isEqualTo(157);
    JsonNode reading = new ObjectMapper().readTree(Files.readString(log));
    assertThat(reading.get("source").asText()).isEqualTo("text");
    assertThat(reading.get("labels").get(0).get("match").asText()).isEqualTo("exact");
    assertThat(reading.get("problems")).isEmpty();
    // the report read is the one checked: its file passes report check
    Path json = write("read.json", cli.out.toString());
    assertThat(new CapturedCli().run("report", "check", "--input", json.toString())).isZero();
  }

  @Test
  void read_with_ambiguous_cells_lists_them_and_exits_1() throws IOException {
    Path page = readResource("pingtan-jtj-2024.txt");
    assertThat(cli.run("report", "read", "--input", page.toString(), "--format", "text")).isEqualTo(1);
    assertThat(cli.err.toString()).contains("pingtan-jtj-2024.txt").contains("行政规范性文件").contains("3123")
        .contains("3 splits fit");
    JsonNode report = new ObjectMapper().readTree(cli.out.toString());
    assertThat(report.get("table2").get("normative-documents").get("issued").isNull()).isTrue();
    assertThat(report.get("table3").get("new").get("natural-person").asInt()).isEqualTo(58);
  }

  @Test
  void read_bad_input_exits_2_naming_the_file() throws IOException {
    Path empty = write("nothing.html", "<html><body><p>no tables</p></body></html>");
    assertThat(cli.run("report", "read", "--input", empty.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("nothing.html").contains("none was found");
    assertThat(cli.run("report", "read", "--input", dir.resolve("missing.html").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("missing.html");
  }
}

package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTest {
  private static final Path SAMPLES = ReadmeCommandLinesTest.repositoryRoot().resolve("examples/src/main/resources/samples");
  private static final Path TEMPLATE = ReadmeCommandLinesTest.repositoryRoot().resolve("examples/src/main/resources/samples/letter-template");
  private final CapturedCli cli = new CapturedCli();
  @TempDir Path dir;

  @Test
  void an_answer_in_text_cites_its_grounds_and_tells_the_remedy() {
    int code = cli.run("--lang", "zh", "letter", "--request", SAMPLES.resolve("request-answered.json").toString(),
        "--template", TEMPLATE.toString(), "--serial", "12");
    assertThat(code).as(cli.err.toString()).isZero();
    assertThat(cli.out.toString())
        .contains("江河自然资规公开〔2024〕12号")
        .contains("政府信息公开申请答复书")
        .contains("《中华人民共和国政府信息公开条例》第十五条")
        .contains("《中华人民共和国政府信息公开条例》第三十六条第（三）项")
        // answered 2024-01-19: a refusal goes to review first
        .contains("先向江河市人民政府申请行政复议")
        .contains("如需了解本答复所涉信息的其他情况")
        .doesNotContain("360102195904099203")
        .doesNotContain("13910023757");
  }

  @Test
  void json_carries_the_remedy_notice_and_every_paragraphs_citations() {
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(), "--format", "json"))
        .as(cli.err.toString()).isZero();
    assertThat(cli.out.toString())
        .contains("\"kind\" : \"answer\"")
        .contains("\"reviewFirst\" : true")
        .contains("\"instrument\" : \"ARL-2023\"")
        .contains("\"article\" : 36,\n      \"item\" : 3")
        .contains("\"language\" : \"en\"");
  }

  @Test
  void a_word_document_and_a_notice_in_html_are_written_to_files() throws IOException {
    Path docx = dir.resolve("answer.docx");
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(),
        "--template", TEMPLATE.toString(), "--format", "docx", "-o", docx.toString())).as(cli.err.toString()).isZero();
    byte[] bytes = Files.readAllBytes(docx);
    assertThat(bytes[0]).isEqualTo((byte) 'P');
    assertThat(bytes[1]).isEqualTo((byte) 'K');
    Path html = dir.resolve("correction.html");
    assertThat(cli.run("--lang", "zh", "letter", "--request", SAMPLES.resolve("request-corrected.json").toString(),
        "--kind", "correction", "--format", "html", "-o", html.toString())).as(cli.err.toString()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("补正申请告知书").contains("请明确所需政府信息的名称").contains("2024年1月19日");
  }

  @Test
  void bad_input_exits_2_with_the_reason() throws IOException {
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(), "--kind", "anwser"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("answer");
    // a correction notice for a request with no correction event
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(), "--kind", "correction"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("correction-requested");
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(), "--format", "docx"))
        .isEqualTo(2);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(SAMPLES.resolve("request-answered.json")).replace("\"channel\"", "\"chanel\""));
    assertThat(cli.run("letter", "--request", bad.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("chanel");
    assertThat(cli.run("letter", "--request", dir.resolve("missing.json").toString())).isEqualTo(2);
  }

  @Test
  void a_decision_that_disagrees_with_the_answer_is_refused() throws IOException {
    Path decision = dir.resolve("decision.json");
    assertThat(cli.run("decide", "--input", SAMPLES.resolve("decide-item.json").toString())).isZero();
    Files.writeString(decision, cli.out.toString());
    // the sample item is released in part; the request was answered as withheld
    assertThat(cli.run("letter", "--request", SAMPLES.resolve("request-answered.json").toString(),
        "--decision", decision.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("disagrees");
  }

  @Test
  void a_partial_release_goes_to_review_first_unless_the_agency_reads_the_law_otherwise() throws IOException {
    String request = Files.readString(SAMPLES.resolve("request-answered.json"), StandardCharsets.UTF_8)
        .replace("\"outcome\": \"withheld-third-party-rights\"", "\"outcome\": \"partially-released\"")
        .replace("\"itemOutcomes\": []", "\"itemOutcomes\": [{\"itemId\": \"1\", \"ground\": \"released\"},"
            + " {\"itemId\": \"2\", \"ground\": \"withheld-third-party-rights\"}]");
    assertThat(request).contains("partially-released");
    Path partial = dir.resolve("partial.json");
    Files.writeString(partial, request, StandardCharsets.UTF_8);
    assertThat(cli.run("--lang", "zh", "letter", "--request", partial.toString())).as(cli.err.toString()).isZero();
    assertThat(cli.out.toString()).contains("先向");
    CapturedCli other = new CapturedCli();
    assertThat(other.run("--lang", "zh", "letter", "--request", partial.toString(), "--no-partial-review-first"))
        .as(other.err.toString()).isZero();
    assertThat(other.out.toString()).doesNotContain("先向").contains("6个月内");
  }
}

package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Exit codes: 3 when output cannot be written, 2 with one line and no trace for bad input. */
class ExitCodesTest {
  private final InputStream stdin = System.in;
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  /** Like {@code > /dev/full}: every write fails. */
  private static Writer full() {
    return new OutputStreamWriter(
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }
        },
        StandardCharsets.UTF_8);
  }

  private int run(Writer out, String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    CommandLine cl = GongkaiCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "calendar --year 2025",
        "deadline --received 2024-09-27",
        "publication-due --from 2024-09-27 --kind proactive",
        "agenda --as-of 2024-10-28 --input AGENDA",
        "scan",
        "redact",
        "--help",
        "decide --input " + "SAMPLE"
      })
  void output_that_cannot_be_written_exits_3(String command) {
    String[] args =
        command.replace("SAMPLE", ReadmeCommandLinesTest.repositoryRoot()
            .resolve("examples/src/main/resources/samples/decide-item.json").toString())
            .replace("AGENDA", ReadmeCommandLinesTest.repositoryRoot()
                .resolve("examples/src/main/resources/samples/agenda-2024.jsonl").toString()).split(" ");
    String text = "身份证号码：11010519491231002X\n".repeat(10_000);
    assertThat(run(full(), text, args)).as(command).isEqualTo(3);
    assertThat(err.toString()).contains("cannot write").doesNotContain("\tat ");
  }

  @Test
  void report_build_to_standard_output_that_cannot_be_written_exits_3() {
    Path samples = ReadmeCommandLinesTest.repositoryRoot().resolve("examples/src/main/resources/samples");
    assertThat(run(full(), "", "report", "build", "--year", "2024", "--input",
        samples.resolve("requests-2024.jsonl").toString())).isEqualTo(3);
  }

  @Test
  void a_log_file_that_cannot_be_written_exits_3() {
    assertThat(run(new StringWriter(), "电话13812345678", "redact", "--log", dir.toString())).isEqualTo(3);
    assertThat(err.toString()).startsWith("gongkai: cannot write");
  }

  @Test
  void the_json_document_null_is_bad_input_not_a_stack_trace() throws IOException {
    Path f = Files.writeString(dir.resolve("null.json"), "null");
    assertThat(run(new StringWriter(), "", "decide", "--input", f.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("gongkai: ").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void debug_prints_the_trace_of_a_failure() throws IOException {
    Path f = Files.writeString(dir.resolve("null.json"), "null");
    assertThat(run(new StringWriter(), "", "decide", "--input", f.toString(), "--debug")).isEqualTo(2);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void usage_errors_exit_2_with_a_hint_and_masked_values() {
    assertThat(run(new StringWriter(), "", "deadline", "--received", "2024-03-01", "--channel", "13812345678"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("138****5678").doesNotContain("13812345678");
    err.getBuffer().setLength(0);
    assertThat(run(new StringWriter(), "", "calendar", "--year", "11010519491231002X")).isEqualTo(2);
    assertThat(err.toString()).contains("Try 'gongkai calendar --help'").doesNotContain("11010519491231002X");
  }

  @Test
  void messages_are_in_the_language_asked_for() {
    assertThat(run(new StringWriter(), "", "--lang", "zh", "calendar", "--year", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("运行“gongkai calendar --help”查看用法。").doesNotContain("Try ");
    err.getBuffer().setLength(0);
    assertThat(run(new StringWriter(), "", "deadline", "--lang=zh", "--received", "2024-3-1")).isEqualTo(2);
    assertThat(err.toString()).contains("--received: 必须是 yyyy-mm-dd 格式的日期");
    err.getBuffer().setLength(0);
    assertThat(run(new StringWriter(), "", "deadline", "--received", "2024-3-1")).isEqualTo(2);
    assertThat(err.toString()).contains("--received: must be a date yyyy-mm-dd");
    err.getBuffer().setLength(0);
    assertThat(run(full(), "", "--lang", "zh", "calendar", "--year", "2024")).isEqualTo(3);
    assertThat(err.toString()).contains("gongkai: 无法写入标准输出");
  }

  @Test
  void help_documents_the_exit_codes() {
    StringWriter out = new StringWriter();
    assertThat(run(out, "", "--help")).isZero();
    assertThat(out.toString()).contains("Exit codes: 0 success").contains("3 the output could not be written");
    out.getBuffer().setLength(0);
    assertThat(run(out, "", "redact", "--help")).isZero();
    assertThat(out.toString()).contains("Exit codes:").contains("--debug");
  }
}

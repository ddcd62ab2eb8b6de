package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path letters;

  @Test
  void demo_runs_every_part_of_the_library_on_the_sample() {
    CommandLine cl = GongkaiCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("demo", "--letters", letters.toString());
    String text = out.toString();
    assertThat(code).isZero();
    assertThat(text)
        .contains("江河市自然资源和规划局 — 250 requests")
        .contains("== Deadline trace")
        .contains("《中华人民共和国政府信息公开条例》第三十三条第二款")
        .contains("部分公开：保护第三方合法权益")
        .contains("360***********901X")
        .doesNotContain("after:  被征收人：王某，身份证号码：36010219880715901X")
        // table 三: 236 new + 8 carried in = 234 closed + 10 carried out
        .contains("| 一、本年新收政府信息公开申请数量 | 172 | 17 | 12 | 5 | 18 | 12 | 236 |")
        .contains("| （七）总计 | 169 | 19 | 12 | 4 | 18 | 12 | 234 |")
        .contains("| 行政复议 | 3 | 1 | 1 | 1 | 6 |")
        .contains("0 finding(s); consistent: true");
  }

  @Test
  void demo_speaks_chinese_with_lang_zh() {
    CommandLine cl = GongkaiCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("--lang", "zh", "demo", "--letters", letters.toString())).isZero();
    assertThat(out.toString())
        .contains("== 样例机关")
        .contains("江河市自然资源和规划局 — 250 件申请")
        .containsPattern("== \\S+（[^）]+）的期限计算")
        .contains("== 一致性检查")
        .contains("0 项发现；报告一致")
        .doesNotContain("finding(s)")
        .doesNotContain("Deadline trace");
  }

  @Test
  void demo_writes_one_answer_letter_per_outcome_row_and_says_where() throws IOException {
    CommandLine cl = GongkaiCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("--lang", "zh", "demo", "--letters", letters.toString())).isZero();
    // the sample agency answered on every one of the 21 rows of table 三
    try (Stream<Path> files = Files.list(letters)) {
      assertThat(files.filter(p -> p.toString().endsWith(".docx"))).hasSize(21);
    }
    assertThat(out.toString()).contains(letters.toString())
        .contains("01-released").contains("21-other")
        .contains("03-withheld-state-secret  三.（三）1 属于国家秘密（告知先申请行政复议）");
    String refusal = Files.readString(letters.resolve("03-withheld-state-secret.txt"));
    assertThat(refusal).contains("江河自然资规公开〔2024〕3号").contains("《中华人民共和国政府信息公开条例》第十四条")
        .contains("应当自收到本答复之日起60日内先向江河市人民政府申请行政复议");
  }
}

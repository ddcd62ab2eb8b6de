package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  @Test
  void demo_runs_every_part_of_the_library_on_the_sample() {
    CommandLine cl = GongkaiCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("demo");
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
    assertThat(cl.execute("--lang", "zh", "demo")).isZero();
    assertThat(out.toString())
        .contains("== 样例机关")
        .contains("江河市自然资源和规划局 — 250 件申请")
        .containsPattern("== \\S+（[^）]+）的期限计算")
        .contains("== 一致性检查")
        .contains("0 项发现；报告一致")
        .doesNotContain("finding(s)")
        .doesNotContain("Deadline trace");
  }
}

package io.github.gongkai.benchmarks;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link PersonalDataScanner} against a baseline of {@code java.util.regex} patterns
 * with hutool's {@code IdcardUtil} / {@code CreditCodeUtil} checks, on one deterministic corpus of
 * 100 MiB (UTF-8) of Chinese administrative text with sparse identifiers (about one per 1.5 KiB:
 * valid and mistyped resident IDs, credit codes, mobile and landline numbers, bank cards, e-mail
 * addresses, labelled names), generated in {@link #setUp()}.
 *
 * <p>One operation scans the whole corpus, so MB/s = ops/s × 100 (MiB of UTF-8; the corpus is
 * about 36 M chars). The baseline finds fewer kinds (no names, keywords, landlines, passports) with
 * one combined alternation pattern — the favourable single-pass form.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Scanner -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ScannerBenchmark {
  /** Corpus size in UTF-8 bytes. */
  static final int CORPUS_BYTES = 100 * 1024 * 1024;

  private static final String[] SENTENCES = {
    "根据《中华人民共和国政府信息公开条例》第三十六条的规定，现答复如下：",
    "经检索，本机关未制作或者获取您申请公开的相关政府信息。",
    "你单位报送的材料已收悉，经研究，同意该项目按程序推进。",
    "请于收到本告知书之日起十五个工作日内到本机关办理相关手续。",
    "本年度共收到政府信息公开申请120件，均已按期答复。",
    "会议要求各部门进一步加强协调配合，确保各项工作落到实处。",
    "2023年5月，市人民政府办公室印发了《关于进一步优化营商环境的实施方案》。",
    "如对本答复不服，可以在收到之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。",
    "关于印发2021年度重点工作任务分工的通知（府办发〔2021〕15号）。",
    "项目总投资3.5亿元，其中财政资金1.2亿元，建设周期24个月。",
    "各区县要结合实际，认真组织实施，重大问题及时向市政府报告。",
    "本通知自印发之日起施行，有效期5年。",
    "附件：1. 申请表 2. 授权委托书 3. 身份证明材料复印件",
    "街道办事处对辖区内的老旧小区改造工作进行了专项督查。",
  };
  private static final Pattern BASELINE = Pattern.compile(
      "(?<id>(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z]))"
          + "|(?<cc>(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z]))"
          + "|(?<card>(?<![0-9])[3-6]\\d{15,18}(?![0-9]))"
          + "|(?<mobile>(?<![0-9])(?:(?:\\+|00)86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9]))"
          + "|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

  private String corpus = "";
  private PersonalDataScanner scanner = PersonalDataScanner.standard();

  /** Generates the corpus. */
  @Setup
  public void setUp() {
    scanner = PersonalDataScanner.builder().referenceDate(LocalDate.of(2026, 1, 1)).build();
    Random rnd = new Random(20261126L);
    StringBuilder sb = new StringBuilder(CORPUS_BYTES / 2);
    long bytes = 0;
    int identifiers = 0;
    while (bytes < CORPUS_BYTES) {
      String s;
      if (rnd.nextInt(20) == 0) {
        s = identifier(rnd);
        identifiers++;
      } else {
        s = SENTENCES[rnd.nextInt(SENTENCES.length)];
      }
      sb.append(s);
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
    }
    corpus = sb.toString();
    System.out.printf("%ncorpus: %d UTF-8 bytes, %d chars, %d identifier sentences%n",
        bytes, corpus.length(), identifiers);
  }

  private static String digits(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  private static String identifier(Random rnd) {
    String[] provinces = {"11", "31", "44", "51", "33", "65"};
    switch (rnd.nextInt(8)) {
      case 0: {
        LocalDate b = LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(25_000));
        String f = provinces[rnd.nextInt(provinces.length)] + digits(rnd, 4)
            + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + digits(rnd, 3);
        char c = ResidentIdNumbers.checkCharacter(f);
        if (rnd.nextInt(4) == 0) {
          c = c == '1' ? '2' : '1'; // mistyped
        }
        return "申请人身份证号码：" + f + c + "。";
      }
      case 1: {
        StringBuilder f = new StringBuilder("91").append(digits(rnd, 6));
        for (int i = 0; i < 9; i++) {
          f.append(UnifiedSocialCreditCodes.ALPHABET.charAt(rnd.nextInt(31)));
        }
        return "统一社会信用代码" + f + UnifiedSocialCreditCodes.checkCharacter(f) + "，";
      }
      case 2:
        return "联系电话：1" + (3 + rnd.nextInt(7)) + digits(rnd, 9) + "。";
      case 3:
        return "办公电话010-6" + digits(rnd, 7) + "，";
      case 4: {
        String p = "6222" + digits(rnd, 14);
        return "收款账号" + p + Luhn.checkDigit(p) + "。";
      }
      case 5:
        return "电子邮箱：user" + digits(rnd, 4) + "@example.gov.cn。";
      case 6:
        return "姓名：王" + (rnd.nextBoolean() ? "小明" : "芳") + "，";
      default:
        return "文号" + digits(rnd, 8) + "号，";
    }
  }

  /**
   * gongkai's scanner over the corpus.
   *
   * @return the number of findings
   */
  @Benchmark
  public long gongkaiScanner() {
    long[] n = new long[1];
    scanner.scan(corpus, f -> n[0]++);
    return n[0];
  }

  /**
   * Baseline: one combined java.util.regex alternation, then hutool's checks.
   *
   * @return the number of accepted matches
   */
  @Benchmark
  public long regexWithHutool() {
    long n = 0;
    Matcher m = BASELINE.matcher(corpus);
    while (m.find()) {
      String id = m.group("id");
      if (id != null) {
        if (IdcardUtil.isValidCard18(id)) {
          n++;
        }
        continue;
      }
      String cc = m.group("cc");
      if (cc != null) {
        if (CreditCodeUtil.isCreditCode(cc)) {
          n++;
        }
        continue;
      }
      String card = m.group("card");
      if (card != null) {
        if (Luhn.isValid(card)) {
          n++;
        }
        continue;
      }
      n++;
    }
    return n;
  }
}

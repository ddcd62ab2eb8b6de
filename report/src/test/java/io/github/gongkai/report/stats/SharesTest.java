package io.github.gongkai.report.stats;

import static io.github.gongkai.report.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.Map.entry;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {
  /** Counts by category, in the order given (the order shares are listed and ties broken in). */
  @SafeVarargs
  static Map<String, Long> counts(Map.Entry<String, Long>... categories) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Map.Entry<String, Long> c : categories) {
      assertThat(m.put(c.getKey(), c.getValue())).as("category %s listed twice", c.getKey()).isNull();
    }
    return m;
  }

  /** Seed report 篇3 (2011): 183 proactive items in 16 categories (one count unprinted, 0.54% ⇒ 1). */
  static Map<String, Long> pian3() {
    return counts(entry("国土党务、政务类信息", 7L), entry("国土执法", 20L), entry("政策法律法规及依据", 4L), entry("市场信息", 4L),
        entry("资源管理", 8L), entry("精神文明建设专栏", 8L), entry("工作动态", 43L), entry("便民服务", 3L),
        entry("国土文萃", 26L), entry("公示公告", 38L), entry("公开指南", 3L), entry("公开监督", 1L),
        entry("阳光政府四项制度专栏", 3L), entry("四项制度专", 1L), entry("效能政府四项制度", 7L), entry("其它信息", 7L));
  }

  private static List<String> percents(Shares s) {
    return s.getShares().stream().map(sh -> sh.getPercent().toPlainString()).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void default_is_independent_rounding() {
    assertThat(ShareMethod.DEFAULT).isEqualTo(ShareMethod.ROUND);
    assertThat(Shares.of(pian3()).getMethod()).isEqualTo(ShareMethod.ROUND);
    assertThat(Shares.of(pian3(), 3).getMethod()).isEqualTo(ShareMethod.ROUND);
    assertThat(ShareMethod.ofCode("largest-remainder")).isEqualTo(ShareMethod.LARGEST_REMAINDER);
    assertThatThrownBy(() -> ShareMethod.ofCode("LR")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void seed_pian3_rounded_on_their_own_keeps_what_the_summary_printed_correctly() {
    // 篇3 of the seed work summaries prints 3.83 (7/183 = 3.8251…) three times and 20.77 (38/183 = 20.7650…)
    Shares s = Shares.of(pian3(), ShareMethod.ROUND);
    assertThat(s.getTotal()).isEqualTo(183);
    assertThat(s.get("国土党务、政务类信息").getPercent()).isEqualTo(new BigDecimal("3.83"));
    assertThat(s.get("效能政府四项制度").getPercent()).isEqualTo(new BigDecimal("3.83"));
    assertThat(s.get("其它信息").getPercent()).isEqualTo(new BigDecimal("3.83"));
    assertThat(s.get("公示公告").getPercent()).isEqualTo(new BigDecimal("20.77"));
    // the summary's misprints: 10.92 for 20/183 = 10.9289…, 0.54 for 1/183 = 0.5464…
    assertThat(s.get("国土执法").getPercent()).isEqualTo(new BigDecimal("10.93"));
    assertThat(s.get("公开监督").getPercent()).isEqualTo(new BigDecimal("0.55"));
    assertThat(s.get("工作动态").getPercent()).isEqualTo(new BigDecimal("23.50"));
    assertThat(s.getAdjusted()).isEmpty();
    // the correct shares rounded on their own total 100.04 (the summary, with its misprints, 100.01)
    assertThat(s.getPercentSum()).isEqualTo(new BigDecimal("100.04"));
  }

  @Test
  void seed_pian3_by_largest_remainder_sums_to_100_and_marks_the_four_adjusted_shares() {
    Shares s = Shares.of(pian3(), ShareMethod.LARGEST_REMAINDER);
    assertThat(s.getMethod()).isEqualTo(ShareMethod.LARGEST_REMAINDER);
    assertThat(s.getPercentSum()).isEqualTo(new BigDecimal("100.00"));
    assertThat(s.get("国土执法").getPercent()).isEqualTo(new BigDecimal("10.93"));
    assertThat(s.get("公开监督").getPercent()).isEqualTo(new BigDecimal("0.55"));
    assertThat(s.getAdjusted()).extracting(Share::getCategory)
        .containsExactly("国土党务、政务类信息", "公示公告", "效能政府四项制度", "其它信息");
    assertThat(s.getAdjusted()).extracting(sh -> sh.getPercent().toPlainString())
        .containsExactly("3.82", "20.76", "3.82", "3.82");
    assertThat(s.get("公示公告").getRounded()).isEqualTo(new BigDecimal("20.77"));
    assertThat(s.get("公示公告").toString()).contains("adjusted");
  }

  @Test
  void seed_pian13_and_pian1_category_counts() {
    Map<String, Long> p13 = counts(entry("政务公告", 57L), entry("交通动态信息", 82L), entry("旗县市交通信息", 132L), entry("业务栏目", 159L));
    Shares s = Shares.of(p13);
    assertThat(s.getTotal()).isEqualTo(430);
    // 57/430 = 13.2558…% rounds half-up to 13.26
    assertThat(percents(s)).containsExactly("13.26", "19.07", "30.70", "36.98");
    assertThat(s.getPercentSum()).isEqualTo(new BigDecimal("100.01"));
    Shares lr = Shares.of(p13, ShareMethod.LARGEST_REMAINDER);
    assertThat(percents(lr)).containsExactly("13.25", "19.07", "30.70", "36.98");
    assertThat(lr.getAdjusted()).extracting(Share::getCategory).containsExactly("政务公告");
    Map<String, Long> p1 = counts(entry("公开目录", 1L), entry("公开指南", 1L), entry("领导信息", 6L), entry("机构信息", 20L),
        entry("行政许可和非行政许可项目", 5L), entry("规范性文件", 1L), entry("工作动态", 22L));
    assertThat(Shares.of(p1).getTotal()).isEqualTo(56);
    assertThat(Shares.of(p1).getPercentSum()).isEqualTo(new BigDecimal("100.01"));
    assertThat(Shares.of(p1, ShareMethod.LARGEST_REMAINDER).getPercentSum()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void ties_go_to_the_larger_count_then_the_earlier_category() {
    Map<String, Long> m = counts(entry("a", 1L), entry("b", 1L), entry("c", 1L));
    assertThat(percents(Shares.of(m, 0, ShareMethod.LARGEST_REMAINDER))).containsExactly("34", "33", "33");
    assertThat(percents(Shares.of(m, 0, ShareMethod.ROUND))).containsExactly("33", "33", "33");
    Map<String, Long> halves = counts(entry("a", 1L), entry("b", 1L));
    // 50% exactly at scale 0; 1/8 = 12.5% rounds half-up to 13
    assertThat(percents(Shares.of(counts(entry("a", 1L), entry("b", 7L)), 0))).containsExactly("13", "88");
    assertThat(percents(Shares.of(halves, 0))).containsExactly("50", "50");
  }

  @Test
  void zero_total_and_bad_input() {
    Map<String, Long> m = counts(entry("a", 0L));
    Shares s = Shares.of(m);
    assertThat(s.isDefined()).isFalse();
    assertThat(s.get("a").getPercent()).isEqualTo(new BigDecimal("0.00"));
    assertThat(Shares.of(m, ShareMethod.LARGEST_REMAINDER).getPercentSum()).isEqualTo(new BigDecimal("0.00"));
    m.put("b", -1L);
    assertThatThrownBy(() -> Shares.of(m)).isInstanceOf(InvalidValueException.class).hasMessageContaining("counts[b]");
    assertThatThrownBy(() -> Shares.of(Map.of("a", 1L), 7)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> s.get("z")).isInstanceOf(InvalidValueException.class);
  }

  private static Map<String, Long> map(List<Integer> counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      m.put("c" + i, (long) counts.get(i));
    }
    return m;
  }

  private static BigDecimal exact(long count, long total) {
    return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 20, RoundingMode.HALF_EVEN);
  }

  @Test
  void rounded_on_their_own_each_share_is_within_half_a_unit_of_the_exact_value() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30))
        .checkAssert(
            counts -> {
              Shares s = Shares.of(map(counts), 2, ShareMethod.ROUND);
              if (s.getTotal() == 0) {
                return;
              }
              for (Share sh : s.getShares()) {
                assertThat(sh.getPercent().scale()).isEqualTo(2);
                assertThat(sh.getPercent().subtract(exact(sh.getCount(), s.getTotal())).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.005"));
                assertThat(sh.isAdjusted()).isFalse();
              }
            });
  }

  @Test
  void largest_remainder_sums_to_100_and_moves_no_share_by_a_unit() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30), integers().between(0, 4))
        .checkAssert(
            (counts, scale) -> {
              Shares s = Shares.of(map(counts), scale, ShareMethod.LARGEST_REMAINDER);
              if (s.getTotal() == 0) {
                assertThat(s.isDefined()).isFalse();
                return;
              }
              assertThat(s.getPercentSum()).isEqualByComparingTo("100");
              BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
              Shares round = Shares.of(map(counts), scale, ShareMethod.ROUND);
              for (Share sh : s.getShares()) {
                assertThat(sh.getPercent().scale()).isEqualTo(scale);
                assertThat(sh.getPercent().subtract(exact(sh.getCount(), s.getTotal())).abs()).isLessThan(unit);
                BigDecimal independent = round.get(sh.getCategory()).getPercent();
                assertThat(sh.getRounded()).isEqualTo(independent);
                assertThat(sh.getPercent().subtract(independent).abs()).isLessThanOrEqualTo(unit);
                assertThat(sh.isAdjusted()).isEqualTo(sh.getPercent().compareTo(independent) != 0);
              }
            });
  }
}

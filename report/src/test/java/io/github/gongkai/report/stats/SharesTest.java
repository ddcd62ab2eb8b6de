package io.github.gongkai.report.stats;

import static io.github.gongkai.report.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.Map.entry;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
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

  @Test
  void seed_pian3_sums_to_exactly_100() {
    Shares s = Shares.of(pian3());
    assertThat(s.getTotal()).isEqualTo(183);
    assertThat(s.getPercentSum()).isEqualTo(new BigDecimal("100.00"));
    // printed as 10.92% in the seed (truncated); 20/183 = 10.9289…%
    assertThat(s.get("国土执法").getPercent()).isEqualTo(new BigDecimal("10.93"));
    assertThat(s.get("工作动态").getPercent()).isEqualTo(new BigDecimal("23.50"));
    assertThat(s.get("国土文萃").getPercent()).isEqualTo(new BigDecimal("14.21"));
    assertThat(s.get("便民服务").getPercent()).isEqualTo(new BigDecimal("1.64"));
    assertThat(s.get("公开监督").getPercent()).isEqualTo(new BigDecimal("0.55"));
    // the seed's printed shares total 100.01; rounding each share half-up on its own totals 100.04
    BigDecimal naive = BigDecimal.ZERO;
    for (long c : pian3().values()) {
      naive = naive.add(BigDecimal.valueOf(c * 100).divide(BigDecimal.valueOf(183), 2, java.math.RoundingMode.HALF_UP));
    }
    assertThat(naive).isEqualTo(new BigDecimal("100.04"));
  }

  @Test
  void seed_pian13_and_pian1_category_counts() {
    Map<String, Long> p13 = counts(entry("政务公告", 57L), entry("交通动态信息", 82L), entry("旗县市交通信息", 132L), entry("业务栏目", 159L));
    Shares s = Shares.of(p13);
    assertThat(s.getTotal()).isEqualTo(430);
    assertThat(s.getShares()).extracting(Share::getPercent).extracting(BigDecimal::toPlainString)
        .containsExactly("13.25", "19.07", "30.70", "36.98");
    Map<String, Long> p1 = counts(entry("公开目录", 1L), entry("公开指南", 1L), entry("领导信息", 6L), entry("机构信息", 20L),
        entry("行政许可和非行政许可项目", 5L), entry("规范性文件", 1L), entry("工作动态", 22L));
    assertThat(Shares.of(p1).getTotal()).isEqualTo(56);
    assertThat(Shares.of(p1).getPercentSum()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void ties_go_to_the_larger_count_then_the_earlier_category() {
    Map<String, Long> m = counts(entry("a", 1L), entry("b", 1L), entry("c", 1L));
    assertThat(Shares.of(m, 0).getShares()).extracting(Share::getPercent).extracting(BigDecimal::toPlainString)
        .containsExactly("34", "33", "33");
  }

  @Test
  void zero_total_and_bad_input() {
    Map<String, Long> m = counts(entry("a", 0L));
    Shares s = Shares.of(m);
    assertThat(s.isDefined()).isFalse();
    assertThat(s.get("a").getPercent()).isEqualTo(new BigDecimal("0.00"));
    m.put("b", -1L);
    assertThatThrownBy(() -> Shares.of(m)).isInstanceOf(InvalidValueException.class).hasMessageContaining("counts[b]");
    assertThatThrownBy(() -> Shares.of(Map.of("a", 1L), 7)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> s.get("z")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void shares_always_sum_to_100_and_stay_within_one_unit() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30), integers().between(0, 4))
        .checkAssert(
            (counts, scale) -> {
              Map<String, Long> m = new LinkedHashMap<>();
              long total = 0;
              for (int i = 0; i < counts.size(); i++) {
                m.put("c" + i, (long) counts.get(i));
                total += counts.get(i);
              }
              Shares s = Shares.of(m, scale);
              if (total == 0) {
                assertThat(s.isDefined()).isFalse();
                return;
              }
              assertThat(s.getPercentSum()).isEqualByComparingTo("100");
              BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
              for (Share sh : s.getShares()) {
                BigDecimal exact = BigDecimal.valueOf(sh.getCount() * 100).divide(BigDecimal.valueOf(total), 12, java.math.RoundingMode.HALF_EVEN);
                assertThat(sh.getPercent().subtract(exact).abs()).isLessThan(unit);
                assertThat(sh.getPercent().scale()).isEqualTo(scale);
              }
            });
  }
}

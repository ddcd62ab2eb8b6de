package io.github.gongkai.report.stats;

import static io.github.gongkai.report.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {
  /** Seed report 篇3 (2011): 183 proactive items in 16 categories (one count unprinted, 0.54% ⇒ 1). */
  static Map<String, Long> pian3() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("国土党务、政务类信息", 7L);
    m.put("国土执法", 20L);
    m.put("政策法律法规及依据", 4L);
    m.put("市场信息", 4L);
    m.put("资源管理", 8L);
    m.put("精神文明建设专栏", 8L);
    m.put("工作动态", 43L);
    m.put("便民服务", 3L);
    m.put("国土文萃", 26L);
    m.put("公示公告", 38L);
    m.put("公开指南", 3L);
    m.put("公开监督", 1L);
    m.put("阳光政府四项制度专栏", 3L);
    m.put("四项制度专", 1L);
    m.put("效能政府四项制度", 7L);
    m.put("其它信息", 7L);
    return m;
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
    Map<String, Long> p13 = new LinkedHashMap<>();
    p13.put("政务公告", 57L);
    p13.put("交通动态信息", 82L);
    p13.put("旗县市交通信息", 132L);
    p13.put("业务栏目", 159L);
    Shares s = Shares.of(p13);
    assertThat(s.getTotal()).isEqualTo(430);
    assertThat(s.getShares()).extracting(Share::getPercent).extracting(BigDecimal::toPlainString)
        .containsExactly("13.25", "19.07", "30.70", "36.98");
    Map<String, Long> p1 = new LinkedHashMap<>();
    p1.put("公开目录", 1L);
    p1.put("公开指南", 1L);
    p1.put("领导信息", 6L);
    p1.put("机构信息", 20L);
    p1.put("行政许可和非行政许可项目", 5L);
    p1.put("规范性文件", 1L);
    p1.put("工作动态", 22L);
    assertThat(Shares.of(p1).getTotal()).isEqualTo(56);
    assertThat(Shares.of(p1).getPercentSum()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void ties_go_to_the_larger_count_then_the_earlier_category() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 1L);
    m.put("b", 1L);
    m.put("c", 1L);
    assertThat(Shares.of(m, 0).getShares()).extracting(Share::getPercent).extracting(BigDecimal::toPlainString)
        .containsExactly("34", "33", "33");
  }

  @Test
  void zero_total_and_bad_input() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 0L);
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

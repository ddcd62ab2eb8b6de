package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateAndChangeTest {
  @Test
  void seed_pian5_full_text_electronic_rate() {
    // 篇5 (2017): 全年主动公开政务信息203条，实现全文电子化率100%
    Rate r = Rate.of(203, 203);
    assertThat(r.getPercent(2)).hasValue(new BigDecimal("100.00"));
    assertThat(r.toString()).isEqualTo("203/203 = 100.00%");
    assertThat(r.getNumerator()).isEqualTo(203);
    assertThat(r.getDenominator()).isEqualTo(203);
  }

  @Test
  void seed_pian5_rates_above_100() {
    // 篇5: 新建沿线高标准农田1.49万亩，占计划任务135%
    assertThat(Rate.of(149, 110).getPercent(0)).hasValue(new BigDecimal("135"));
  }

  @Test
  void undefined_and_bad() {
    assertThat(Rate.of(0, 0).getPercent(2)).isEmpty();
    assertThat(Rate.of(0, 0).toString()).isEqualTo("0/0 = n/a");
    assertThatThrownBy(() -> Rate.of(-1, 2)).isInstanceOf(InvalidValueException.class).hasMessageContaining("numerator");
    assertThatThrownBy(() -> Rate.of(1, -2)).isInstanceOf(InvalidValueException.class).hasMessageContaining("denominator");
    assertThat(Rate.of(1, 3)).isEqualTo(Rate.of(1, 3)).isNotEqualTo(Rate.of(2, 6));
  }

  @Test
  void seed_pian5_year_over_year() {
    // 篇5: 2017年新增认定新型职业农民206名 … 对2016年认定的170名
    YearOverYear y = YearOverYear.of(170, 206);
    assertThat(y.getChange()).isEqualTo(36);
    assertThat(y.getPercentChange(2)).hasValue(new BigDecimal("21.18"));
    assertThat(y.toString()).isEqualTo("170 → 206 (+36, +21.18%)");
    YearOverYear down = YearOverYear.of(206, 170);
    assertThat(down.getChange()).isEqualTo(-36);
    assertThat(down.getPercentChange(2)).hasValue(new BigDecimal("-17.48"));
    assertThat(YearOverYear.of(0, 5).getPercentChange(2)).isEmpty();
    assertThatThrownBy(() -> YearOverYear.of(-1, 5)).isInstanceOf(InvalidValueException.class);
  }
}

package io.github.gongkai.core.money;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void yuan_has_two_decimals_and_rejects_negative_or_finer_amounts() {
    assertThat(Yuan.of(new BigDecimal("1.5"))).isEqualTo(Yuan.parse("1.50"));
    assertThat(Yuan.of(300).toString()).isEqualTo("300.00");
    assertThat(Yuan.ofFen(1234).getAmount()).isEqualByComparingTo("12.34");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("0.001")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount: must have at most 2 decimal places (fen) - but was: 0.001");
    assertThatThrownBy(() -> Yuan.of(-1)).hasMessage("amount: must not be negative - but was: -1");
    assertThatThrownBy(() -> Yuan.parse("abc")).hasMessageContaining("decimal number");
    assertThatThrownBy(() -> Yuan.of((BigDecimal) null)).isInstanceOf(InvalidValueException.class);
    assertThat(Yuan.of(100).times(30)).isEqualTo(Yuan.of(3000));
    assertThat(Yuan.of(100).plus(Yuan.ofFen(5))).isEqualTo(Yuan.parse("100.05"));
    assertThat(Yuan.ZERO.isZero()).isTrue();
  }

  @Test
  void wan_yuan_conversion_is_exact_and_rounding_explicit() {
    WanYuan w = Yuan.parse("12345.67").toWanYuan();
    assertThat(w.getAmount()).isEqualByComparingTo("1.234567");
    assertThat(w.round(2, RoundingMode.HALF_UP).toString()).isEqualTo("1.23");
    assertThat(w.round(4, RoundingMode.DOWN).toString()).isEqualTo("1.2345");
    assertThat(w.forReport().toString()).isEqualTo("1.2346");
    assertThat(Yuan.of(5000).toWanYuan().round(0, RoundingMode.HALF_UP).toString()).isEqualTo("1");
    assertThat(Yuan.of(4999).toWanYuan().round(0, RoundingMode.HALF_UP).toString()).isEqualTo("0");
    assertThatThrownBy(() -> w.round(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("without rounding");
    assertThatThrownBy(() -> w.round(7, RoundingMode.HALF_UP)).hasMessageContaining("scale");
    assertThatThrownBy(() -> WanYuan.of(new BigDecimal("0.0000001")))
        .hasMessageContaining("at most 6 decimal places");
    assertThat(WanYuan.of(new BigDecimal("1.50"))).isEqualTo(WanYuan.of(new BigDecimal("1.5")));
    assertThat(WanYuan.of(new BigDecimal("1E+2")).toString()).isEqualTo("100");
  }

  @Test
  void yuan_to_wan_yuan_and_back_is_lossless() {
    qt().forAll(longs().between(0, 100_000_000_000L))
        .checkAssert(
            fen -> {
              Yuan y = Yuan.ofFen(fen);
              assertThat(y.toWanYuan().toYuan(RoundingMode.UNNECESSARY)).isEqualTo(y);
              assertThat(y.toWanYuan().getAmount().multiply(WanYuan.YUAN_PER_WAN))
                  .isEqualByComparingTo(y.getAmount());
              assertThat(y.toFen()).isEqualTo(fen);
            });
  }

  @Test
  void sums_commute_with_conversion() {
    qt().forAll(longs().between(0, 1_000_000_000L), longs().between(0, 1_000_000_000L))
        .checkAssert(
            (a, b) -> {
              Yuan x = Yuan.ofFen(a);
              Yuan y = Yuan.ofFen(b);
              assertThat(x.plus(y).toWanYuan()).isEqualTo(x.toWanYuan().plus(y.toWanYuan()));
              assertThat(x.plus(y).compareTo(x)).isGreaterThanOrEqualTo(0);
            });
  }
}

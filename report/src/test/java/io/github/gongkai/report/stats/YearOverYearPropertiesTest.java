package io.github.gongkai.report.stats;

import static io.github.gongkai.report.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Year-over-year changes against exact integer arithmetic. */
class YearOverYearPropertiesTest {

  /** 100 × (current − previous) / previous rounded half up at {@code scale}, in integers only. */
  static BigDecimal expectedPercent(long previous, long current, int scale) {
    BigInteger num = BigInteger.valueOf(current - previous).multiply(BigInteger.TEN.pow(scale + 2));
    BigInteger den = BigInteger.valueOf(previous);
    BigInteger[] qr = num.abs().divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].shiftLeft(1).compareTo(den) >= 0) {
      q = q.add(BigInteger.ONE); // half up: away from zero on a tie
    }
    return new BigDecimal(num.signum() < 0 ? q.negate() : q, scale);
  }

  @Test
  void percent_change_is_exact_rounded_half_up_and_empty_from_zero() {
    qt().forAll(longs().between(0, 100_000), longs().between(0, 100_000), integers().between(0, 6))
        .checkAssert(
            (previous, current, scale) -> {
              YearOverYear y = YearOverYear.of(previous, current);
              assertThat(y.getPrevious()).isEqualTo(previous);
              assertThat(y.getCurrent()).isEqualTo(current);
              assertThat(y.getChange()).isEqualTo(current - previous);
              if (previous == 0) {
                assertThat(y.getPercentChange(scale)).isEmpty();
                assertThat(y.toString()).doesNotContain("%");
              } else {
                assertThat(y.getPercentChange(scale)).contains(expectedPercent(previous, current, scale));
                String sign = current >= previous ? "+" : "";
                assertThat(y.toString())
                    .isEqualTo(previous + " → " + current + " (" + sign + (current - previous) + ", "
                        + (expectedPercent(previous, current, 2).signum() >= 0 ? "+" : "")
                        + expectedPercent(previous, current, 2).toPlainString() + "%)");
              }
              assertThat(y).isEqualTo(YearOverYear.of(previous, current)).hasSameHashCodeAs(YearOverYear.of(previous, current));
              assertThat(y).isNotEqualTo(YearOverYear.of(previous + 1, current)).isNotEqualTo(YearOverYear.of(previous, current + 1));
            });
  }

  @Test
  void bounds_name_the_argument() {
    qt().forAll(longs().between(-1_000, -1), integers().between(7, 100))
        .checkAssert(
            (negative, scale) -> {
              assertThat(catchThrowableOfType(InvalidValueException.class, () -> YearOverYear.of(negative, 0)).getField()).isEqualTo("previous");
              assertThat(catchThrowableOfType(InvalidValueException.class, () -> YearOverYear.of(0, negative)).getField()).isEqualTo("current");
              assertThat(catchThrowableOfType(InvalidValueException.class, () -> YearOverYear.of(1, 1).getPercentChange(scale)).getField()).isEqualTo("scale");
              assertThat(catchThrowableOfType(InvalidValueException.class, () -> YearOverYear.of(1, 1).getPercentChange(-scale)).getField()).isEqualTo("scale");
            });
    // the edges themselves are accepted
    assertThat(YearOverYear.of(0, 0).getChange()).isZero();
    assertThat(YearOverYear.of(3, 4).getPercentChange(0)).contains(new BigDecimal("33"));
    assertThat(YearOverYear.of(3, 4).getPercentChange(6)).contains(new BigDecimal("33.333333"));
  }
}

package io.github.gongkai.core.money;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Yuan} and {@link WanYuan} are hand-written values: their {@code equals}, {@code hashCode}
 * and {@code compareTo} must agree with each other and with the amounts they hold. Expected orders
 * come from the fen and millionths counts the amounts are built from, never from the classes.
 */
class MoneyOrderingPropertiesTest {
  /** Fen counts, with small ones and equal pairs frequent enough to exercise ties. */
  private static final Gen<Long> FEN = longs().between(0, 2_000).mix(longs().between(0, 10_000_000_000L), 50);

  /** Millionths of a 万元 (one fen), at every scale from 0 to 6 extra trailing zeros. */
  private static final Gen<Long> MILLIONTHS = longs().between(0, 3_000).mix(longs().between(0, 10_000_000_000L), 50);

  private static WanYuan wan(long millionths, int extraZeros) {
    // the same amount written with 6 + extraZeros decimals: equality must not depend on the scale
    return WanYuan.of(BigDecimal.valueOf(millionths, 6).setScale(6 + extraZeros));
  }

  /**
   * {@code x} and {@code y}, built from the counts {@code a} and {@code b}, compare, equal and hash
   * as the counts do.
   */
  private static <T extends Comparable<T>> void orderedAsCounts(T x, T y, long a, long b) {
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
    assertThat(x.compareTo(y)).isEqualTo(-y.compareTo(x));
    assertThat(x.equals(y)).isEqualTo(a == b);
    assertThat(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
    assertThat(x.equals(null)).isFalse();
  }

  private static <T extends Comparable<T>> void transitive(T x, T y, T z) {
    if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
      assertThat(x.compareTo(z)).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void yuan_equals_hash_code_and_compare_to_agree_with_the_fen_count() {
    qt().forAll(FEN, FEN)
        .checkAssert(
            (a, b) -> {
              Yuan x = Yuan.ofFen(a);
              orderedAsCounts(x, Yuan.ofFen(b), a, b);
              assertThat(x).isEqualTo(Yuan.parse(x.toString())).hasSameHashCodeAs(Yuan.parse(x.toString()));
            });
  }

  @Test
  void yuan_compare_to_is_transitive() {
    qt().forAll(FEN, FEN, FEN).checkAssert((a, b, c) -> transitive(Yuan.ofFen(a), Yuan.ofFen(b), Yuan.ofFen(c)));
  }

  @Test
  void wan_yuan_equals_hash_code_and_compare_to_ignore_the_scale() {
    qt().forAll(MILLIONTHS, MILLIONTHS, integers().between(0, 4), integers().between(0, 4))
        .checkAssert(
            (a, b, sa, sb) -> {
              WanYuan x = wan(a, sa);
              orderedAsCounts(x, wan(b, sb), a, b);
              assertThat(x).isEqualTo(wan(a, 0)).hasSameHashCodeAs(wan(a, 0));
            });
  }

  @Test
  void wan_yuan_compare_to_is_transitive_and_matches_yuan() {
    qt().forAll(FEN, FEN, FEN)
        .checkAssert(
            (a, b, c) -> {
              WanYuan x = Yuan.ofFen(a).toWanYuan();
              WanYuan y = Yuan.ofFen(b).toWanYuan();
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
              transitive(x, y, Yuan.ofFen(c).toWanYuan());
            });
  }
}

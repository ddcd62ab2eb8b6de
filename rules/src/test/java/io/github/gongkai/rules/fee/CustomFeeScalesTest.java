package io.github.gongkai.rules.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.FeeMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scale other than the national one, the rules a scale must follow, and the unit ceiling. */
class CustomFeeScalesTest {
  private static final LegalBasis BASIS = LegalBasis.parse(Regime.R2019, "FEES-2020-109:4");

  private static FeeTier tier(int first, Integer last, long yuanPerUnit) {
    FeeTier.Builder b = FeeTier.builder().firstUnit(first).yuanPerUnit(Yuan.of(yuanPerUnit)).legalBasis(BASIS);
    if (last != null) {
      b.lastUnit(last);
    }
    return b.build();
  }

  private static FeeTier banded(int first, long yuanPerUnit, int width, long step) {
    return FeeTier.builder()
        .firstUnit(first)
        .yuanPerUnit(Yuan.of(yuanPerUnit))
        .bandWidth(width)
        .bandStep(Yuan.of(step))
        .legalBasis(BASIS)
        .build();
  }

  @Test
  void a_local_scale_is_kept_and_charged_as_given() {
    List<FeeTier> perItem = List.of(tier(1, 5, 0), tier(6, null, 50));
    List<FeeTier> perVolume = List.of(tier(1, 1, 0), tier(2, 2, 1), tier(3, null, 2));
    FeeCalculator local = FeeCalculator.of(perItem, perVolume);
    assertThat(local.getTiers(FeeMethod.PER_ITEM)).isEqualTo(perItem);
    assertThat(local.getTiers(FeeMethod.PER_VOLUME)).isEqualTo(perVolume);
    // items 6..8 at 50 each
    assertThat(local.perItem(0, 8).getAmount()).isEqualTo(Yuan.of(150));
    // page 2 at 1, pages 3..4 at 2
    assertThat(local.perVolume(4).getAmount()).isEqualTo(Yuan.of(5));
  }

  @Test
  void a_single_unit_tier_is_a_valid_tier() {
    FeeTier one = tier(3, 3, 7);
    assertThat(one.priceOf(3)).isEqualTo(Yuan.of(7));
  }

  @Test
  void a_tier_prices_only_its_own_units() {
    FeeTier closed = tier(11, 30, 100);
    assertThat(closed.priceOf(11)).isEqualTo(Yuan.of(100));
    assertThat(closed.priceOf(30)).isEqualTo(Yuan.of(100));
    assertThatThrownBy(() -> closed.priceOf(10)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> closed.priceOf(31)).isInstanceOf(InvalidValueException.class);
    FeeTier open = banded(31, 200, 10, 100);
    assertThat(open.priceOf(40)).isEqualTo(Yuan.of(200));
    assertThat(open.priceOf(41)).isEqualTo(Yuan.of(300));
    assertThatThrownBy(() -> open.priceOf(30)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void tier_definitions_are_checked() {
    assertThatThrownBy(() -> tier(0, 5, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("firstUnit");
    assertThatThrownBy(() -> tier(5, 4, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("lastUnit");
    assertThatThrownBy(
            () ->
                FeeTier.builder()
                    .firstUnit(1)
                    .lastUnit(10)
                    .yuanPerUnit(Yuan.ZERO)
                    .bandWidth(5)
                    .legalBasis(BASIS)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bandWidth");
    assertThatThrownBy(() -> banded(1, 0, -1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bandWidth");
    assertThatThrownBy(
            () -> FeeTier.builder().firstUnit(1).yuanPerUnit(Yuan.ZERO).bandStep(Yuan.of(1)).legalBasis(BASIS).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bandStep");
  }

  @Test
  void a_scale_must_run_without_gaps_or_overlaps_to_one_open_tier() {
    List<FeeTier> open = List.of(tier(1, null, 0));
    assertThatThrownBy(() -> FeeCalculator.of(List.of(tier(1, 5, 0), tier(7, null, 1)), open))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perItem[1].firstUnit");
    assertThatThrownBy(() -> FeeCalculator.of(List.of(tier(1, 5, 0), tier(5, null, 1)), open))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perItem[1].firstUnit");
    assertThatThrownBy(() -> FeeCalculator.of(List.of(tier(2, null, 0)), open))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perItem[0].firstUnit");
    assertThatThrownBy(() -> FeeCalculator.of(open, List.of(tier(1, null, 0), tier(1, null, 1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perVolume[1]")
        .hasMessageContaining("open tier");
    assertThatThrownBy(() -> FeeCalculator.of(open, List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("perVolume");
  }

  @Test
  void the_ten_million_unit_ceiling_counts_prior_units_too() {
    FeeCalculator fees = FeeCalculator.standard();
    assertThat(fees.quote(FeeMethod.PER_VOLUME, 0, 10_000_000).getQuantity()).isEqualTo(10_000_000);
    assertThat(fees.quote(FeeMethod.PER_VOLUME, 9_999_999, 1).getLines()).hasSize(1);
    assertThatThrownBy(() -> fees.quote(FeeMethod.PER_VOLUME, 0, 10_000_001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("quantity");
    assertThatThrownBy(() -> fees.quote(FeeMethod.PER_VOLUME, 5_000_000, 5_000_001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("quantity");
  }
}

package io.github.gongkai.rules.fee;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.FeeMethod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeCalculatorTest {
  private final FeeCalculator fees = FeeCalculator.standard();

  private static Yuan yuan(long n) {
    return Yuan.of(n);
  }

  // ---- one test per tier of fee-tiers.tsv ----

  @Test
  void per_item_tier_1_to_10_is_free() {
    assertThat(fees.perItem(0, 10).getAmount()).isEqualTo(yuan(0));
    assertThat(fees.perItem(0, 10).isFree()).isTrue();
    assertThat(fees.perItem(0, 1).getAmount()).isEqualTo(yuan(0));
  }

  @Test
  void per_item_tier_11_to_30_costs_100_each() {
    assertThat(fees.perItem(0, 11).getAmount()).isEqualTo(yuan(100));
    assertThat(fees.perItem(0, 30).getAmount()).isEqualTo(yuan(2000));
    assertThat(fees.perItem(10, 20).getLines())
        .singleElement()
        .satisfies(l -> {
          assertThat(l.getFirstUnit()).isEqualTo(11);
          assertThat(l.getLastUnit()).isEqualTo(30);
          assertThat(l.getUnitPrice()).isEqualTo(yuan(100));
        });
  }

  @Test
  void per_item_open_tier_rises_100_per_band_of_10() {
    // 31-40 at 200, 41-50 at 300, 51-52 at 400
    assertThat(fees.perItem(30, 10).getAmount()).isEqualTo(yuan(2000));
    assertThat(fees.perItem(40, 10).getAmount()).isEqualTo(yuan(3000));
    assertThat(fees.perItem(0, 52).getAmount()).isEqualTo(yuan(2000 + 2000 + 3000 + 800));
    assertThat(fees.perItem(0, 52).getLines())
        .extracting(FeeLine::getFirstUnit, FeeLine::getLastUnit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 10),
            org.assertj.core.groups.Tuple.tuple(11, 30),
            org.assertj.core.groups.Tuple.tuple(31, 40),
            org.assertj.core.groups.Tuple.tuple(41, 50),
            org.assertj.core.groups.Tuple.tuple(51, 52));
  }

  @Test
  void per_volume_tier_1_to_30_pages_is_free() {
    assertThat(fees.perVolume(30).getAmount()).isEqualTo(yuan(0));
  }

  @Test
  void per_volume_tier_31_to_100_costs_10_per_page() {
    assertThat(fees.perVolume(31).getAmount()).isEqualTo(yuan(10));
    assertThat(fees.perVolume(100).getAmount()).isEqualTo(yuan(700));
  }

  @Test
  void per_volume_tier_101_to_200_costs_20_per_page() {
    assertThat(fees.perVolume(101).getAmount()).isEqualTo(yuan(720));
    assertThat(fees.perVolume(200).getAmount()).isEqualTo(yuan(700 + 2000));
  }

  @Test
  void per_volume_open_tier_costs_40_per_page() {
    assertThat(fees.perVolume(201).getAmount()).isEqualTo(yuan(2740));
    assertThat(fees.perVolume(250).getAmount()).isEqualTo(yuan(2700 + 50 * 40));
  }

  @Test
  void tiers_come_from_the_2020_measures() {
    assertThat(fees.getTiers(FeeMethod.PER_ITEM)).hasSize(3);
    assertThat(fees.getTiers(FeeMethod.PER_VOLUME)).hasSize(4);
    assertThat(fees.perItem(0, 1).getLegalBasis().toChinese())
        .isEqualTo("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条");
    assertThat(fees.perVolume(1).getLegalBasis().getArticle()).isEqualTo(5);
  }

  @Test
  void the_tier_resource_names_its_source() throws Exception {
    try (java.io.InputStream in = FeeCalculator.class.getResourceAsStream("fee-tiers.tsv")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("国办函〔2020〕109号").contains("Art.4").contains("Art.5");
    }
  }

  @Test
  void a_month_of_requests_is_charged_cumulatively() {
    List<FeeQuote> month = fees.perItemForMonth(List.of(8, 5, 20));
    assertThat(month).extracting(FeeQuote::getAmount)
        .containsExactly(yuan(0), yuan(300), yuan(17 * 100 + 3 * 200));
    assertThat(month.get(2).getPriorUnits()).isEqualTo(13);
  }

  @Test
  void rejects_negative_counts_and_broken_scales() {
    assertThatThrownBy(() -> fees.perItem(-1, 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("priorUnits");
    assertThatThrownBy(() -> fees.perVolume(-5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("quantity");
    FeeTier closed =
        FeeTier.builder()
            .firstUnit(1)
            .lastUnit(10)
            .yuanPerUnit(Yuan.ZERO)
            .legalBasis(LegalBasis.parse(Regime.R2019, "FEES-2020-109:4"))
            .build();
    assertThatThrownBy(() -> FeeCalculator.of(List.of(closed), List.of(closed)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("open tier");
  }

  @Test
  void fee_is_monotonic_in_quantity() {
    qt().forAll(integers().between(0, 400), integers().between(0, 500), integers().between(1, 50))
        .checkAssert(
            (prior, quantity, more) -> {
              for (FeeMethod m : FeeMethod.values()) {
                assertThat(fees.quote(m, prior, quantity + more).getAmount())
                    .isGreaterThanOrEqualTo(fees.quote(m, prior, quantity).getAmount());
              }
            });
  }

  @Test
  void splitting_a_month_into_requests_does_not_change_the_total() {
    qt().forAll(integers().between(0, 200), integers().between(0, 200))
        .checkAssert(
            (a, b) -> {
              Yuan split = fees.perItem(0, a).getAmount().plus(fees.perItem(a, b).getAmount());
              assertThat(split).isEqualTo(fees.perItem(0, a + b).getAmount());
            });
  }

  @Test
  void lines_cover_exactly_the_charged_units() {
    qt().forAll(integers().between(0, 300), integers().between(0, 300))
        .checkAssert(
            (prior, quantity) -> {
              FeeQuote q = fees.perItem(prior, quantity);
              assertThat(q.getLines().stream().mapToInt(FeeLine::getUnits).sum()).isEqualTo(quantity);
            });
  }

  // ---- 2008 cost fees ----

  /** A cost fee of one request, charged and not yet waived. */
  private static CostFee.Builder costFee(String requestId, String date, CostFeeKind kind, Yuan charged) {
    return CostFee.builder().requestId(requestId).date(LocalDate.parse(date)).kind(kind).charged(charged);
  }

  @Test
  void cost_fees_and_waivers_are_summed_for_the_2008_report() {
    CostFee copy = costFee("A-1", "2015-03-02", CostFeeKind.COPYING, Yuan.parse("12.50")).build();
    CostFee post = costFee("A-2", "2015-03-03", CostFeeKind.POSTAGE, Yuan.parse("20.00")).waived(Yuan.parse("20.00")).build();
    FeeSummary s = FeeSummary.of(List.of(copy, post));
    assertThat(s.getCharged()).isEqualTo(Yuan.parse("32.50"));
    assertThat(s.getWaived()).isEqualTo(Yuan.of(20));
    assertThat(s.getCollected()).isEqualTo(Yuan.parse("12.5"));
    assertThat(s.getRequestsCharged()).isEqualTo(2);
    assertThat(s.getRequestsWaived()).isEqualTo(1);
    assertThat(post.getWaiverBasis().toNotation()).isEqualTo("OGI-2008:28");
    assertThat(copy.getLegalBasis().toNotation()).isEqualTo("OGI-2008:27");
  }

  @Test
  void cost_fee_rejects_a_waiver_above_the_charge_and_dates_before_2008() {
    CostFee.Builder b = costFee("A-1", "2015-03-02", CostFeeKind.RETRIEVAL, Yuan.of(5));
    assertThatThrownBy(() -> b.waived(Yuan.of(6)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("waived");
    assertThatThrownBy(() -> b.waived(Yuan.ZERO).date(LocalDate.of(2008, 4, 30)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2008-05-01");
  }
}

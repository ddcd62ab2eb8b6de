package io.github.gongkai.core.item;

import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemModelTest {

  private static List<ProactiveCategory> listedIn2019Article(int article) {
    return ProactiveCategory.of(Regime.R2019).stream()
        .filter(c -> c.getLegalBasis().getArticle() == article)
        .toList();
  }

  @Test
  void art20_has_fifteen_items_in_order() {
    List<ProactiveCategory> art20 = listedIn2019Article(20);
    assertThat(art20).hasSize(15);
    for (int i = 0; i < 15; i++) {
      assertThat(art20.get(i).getLegalBasis().getItem()).isEqualTo(i + 1);
      assertThat(art20.get(i).getCode()).isEqualTo("2019-art20-" + (i + 1));
      assertThat(art20.get(i).getScope()).isEqualTo(ProactiveScope.ALL_AGENCIES);
    }
    assertThat(ProactiveCategory.R2019_REGULATIONS_AND_NORMATIVE_DOCUMENTS.getLegalBasis().toChinese())
        .isEqualTo("《中华人民共和国政府信息公开条例》第二十条第（一）项");
    assertThat(ProactiveCategory.R2019_ADMINISTRATIVE_FEES.getLabelZh())
        .isEqualTo("行政事业性收费项目及其依据、标准");
    assertThat(ProactiveCategory.R2019_CIVIL_SERVICE_RECRUITMENT.getLabel(Locale.ENGLISH))
        .startsWith("Civil-service recruitment");
  }

  @Test
  void art21_adds_seven_city_county_and_eight_township_areas() {
    List<ProactiveCategory> art21 = listedIn2019Article(21);
    assertThat(art21.stream().filter(c -> c.getScope() == ProactiveScope.CITY_AND_COUNTY))
        .extracting(ProactiveCategory::getLabelZh)
        .containsExactly("市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助");
    assertThat(art21.stream().filter(c -> c.getScope() == ProactiveScope.TOWNSHIP))
        .extracting(ProactiveCategory::getLabelZh)
        .containsExactly(
            "贯彻落实农业农村政策", "农田水利工程建设运营", "农村土地承包经营权流转", "宅基地使用情况审核",
            "土地征收", "房屋征收", "筹资筹劳", "社会救助");
  }

  @Test
  void regulation_2008_lists_11_plus_4_plus_8_items() {
    List<ProactiveCategory> r2008 = ProactiveCategory.of(Regime.R2008);
    assertThat(r2008.stream().filter(c -> c.getLegalBasis().getArticle() == 10)).hasSize(11);
    assertThat(r2008.stream().filter(c -> c.getLegalBasis().getArticle() == 11)).hasSize(4);
    assertThat(r2008.stream().filter(c -> c.getLegalBasis().getArticle() == 12)).hasSize(8);
    assertThat(ProactiveCategory.R2008_BUDGET_AND_FINAL_ACCOUNTS_REPORTS.getLabelZh())
        .isEqualTo("财政预算、决算报告");
    assertThat(ProactiveCategory.values()).hasSize(15 + 15 + 11 + 4 + 8);
  }

  @ParameterizedTest
  @EnumSource(ProactiveCategory.class)
  void every_category_cites_the_regulation_of_its_regime(ProactiveCategory c) {
    assertThat(c.getLegalBasis().getInstrument()).isEqualTo(LegalBasis.regulationOf(c.getRegime()));
    assertThat(c.getCode()).startsWith(c.getRegime().getCode() + "-art" + c.getLegalBasis().getArticle());
    assertThat(c.getLegalBasis().isInterpretation()).isFalse();
    assertThat(c.getLabelZh()).isNotBlank();
    assertThat(c.getLabelEn()).isNotBlank();
    if (c.getLegalBasis().getArticle() != 21) {
      assertThat(c.getLegalBasis().getItem()).isNotNull();
    }
  }

  @Test
  void item_invariants() {
    InformationItem item = Fixtures.item();
    assertThat(item.getSchemaVersion()).isEqualTo(1);
    assertThat(item.isEnforcementCaseFile()).isFalse();
    assertThatThrownBy(
            () -> InformationItem.builder().from(item).changedOn(d("2023-12-31")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("changedOn: must not be before formedOn 2024-01-10 - but was: 2023-12-31");
    assertThatThrownBy(
            () -> InformationItem.builder().from(item).addCoProducers("某市人民政府").build())
        .hasMessageContaining("must not include the producing agency");
    assertThatThrownBy(
            () ->
                InformationItem.builder()
                    .from(item)
                    .addCoProducers("某市住房和城乡建设局")
                    .build())
        .hasMessageContaining("must not repeat an agency");
    assertThatThrownBy(() -> InformationItem.builder().from(item).schemaVersion(2).build())
        .hasMessageContaining("schemaVersion");
    assertThatThrownBy(() -> InformationItem.builder().from(item).id("").build())
        .hasMessageContaining("id: must not be blank");
  }

  @Test
  void secrecy_marking_in_force() {
    SecrecyMarking m =
        SecrecyMarking.builder()
            .level(SecrecyLevel.SECRET)
            .periodYears(10)
            .markedOn(d("2014-06-01"))
            .build();
    assertThat(m.isInForceOn(d("2024-05-31"))).isTrue();
    assertThat(m.isInForceOn(d("2024-06-01"))).isFalse();
    SecrecyMarking declassified =
        SecrecyMarking.builder().from(m).declassifiedOn(d("2020-01-01")).build();
    assertThat(declassified.isInForceOn(d("2019-12-31"))).isTrue();
    assertThat(declassified.isInForceOn(d("2020-01-01"))).isFalse();
    assertThat(SecrecyMarking.of(SecrecyLevel.TOP_SECRET).isInForceOn(d("2099-01-01"))).isTrue();
    assertThatThrownBy(() -> SecrecyMarking.builder().level(SecrecyLevel.SECRET).periodYears(0).build())
        .hasMessageContaining("periodYears");
    assertThatThrownBy(
            () -> SecrecyMarking.builder().from(m).declassifiedOn(d("2014-05-31")).build())
        .hasMessageContaining("declassifiedOn");
  }

  @Test
  void third_party_consent_defaults_to_not_asked() {
    assertThat(ThirdPartyInterest.of(ThirdPartyInterestKind.COMMERCIAL_SECRET, "某公司").getConsent())
        .isEqualTo(ConsentState.NOT_ASKED);
  }
}

package io.github.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeGroundTest {

  @Test
  void catalogue_has_the_21_rows_of_table_three_in_format_order() {
    assertThat(OutcomeGround.values()).hasSize(21);
    assertThat(OutcomeGround.of(OutcomeCategory.RELEASED)).hasSize(1);
    assertThat(OutcomeGround.of(OutcomeCategory.PARTIALLY_RELEASED)).hasSize(1);
    assertThat(OutcomeGround.of(OutcomeCategory.WITHHELD)).hasSize(8);
    assertThat(OutcomeGround.of(OutcomeCategory.CANNOT_PROVIDE)).hasSize(3);
    assertThat(OutcomeGround.of(OutcomeCategory.NOT_PROCESSED)).hasSize(5);
    assertThat(OutcomeGround.of(OutcomeCategory.OTHER)).hasSize(3);
  }

  @Test
  void labels_match_the_2021_format() {
    assertThat(OutcomeGround.WITHHELD_STATE_SECRET.getLabelZh()).isEqualTo("属于国家秘密");
    assertThat(OutcomeGround.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY.getLabelZh())
        .isEqualTo("危及“三安全一稳定”");
    assertThat(OutcomeGround.CANNOT_PROVIDE_STILL_UNCLEAR.getLabelZh()).isEqualTo("补正后申请内容仍不明确");
    assertThat(OutcomeGround.NOT_PROCESSED_CONFIRMATION_OR_REISSUE.getLabelZh())
        .isEqualTo("要求行政机关确认或重新出具已获取信息");
    assertThat(OutcomeGround.OTHER_FEE_NOT_PAID.getLabelZh())
        .isEqualTo("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    assertThat(OutcomeGround.WITHHELD_STATE_SECRET.getRow()).isEqualTo("三.（三）1");
    assertThat(OutcomeGround.RELEASED.getLabel(Locale.SIMPLIFIED_CHINESE)).isEqualTo("予以公开");
    assertThat(OutcomeGround.RELEASED.getLabel(Locale.ENGLISH)).isEqualTo("Released");
  }

  @Test
  void legal_bases_follow_domain_section_5_3() {
    assertThat(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS.getLegalBases(Regime.R2019))
        .extracting(LegalBasis::toChinese)
        .containsExactly("《中华人民共和国政府信息公开条例》第十六条第一款");
    assertThat(OutcomeGround.CANNOT_PROVIDE_NOT_HELD.getLegalBases(Regime.R2019))
        .extracting(LegalBasis::toNotation)
        .containsExactly("OGI-2019:36(4)", "OGI-2019:36(5)");
    assertThat(OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY.getLegalBases(Regime.R2019).get(0).isInterpretation())
        .isTrue();
    // no case-file exemption existed under the 2008 Regulation
    assertThat(OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE.isAvailableUnder(Regime.R2008)).isFalse();
    assertThat(OutcomeGround.OTHER_FEE_NOT_PAID.getLegalBases(Regime.R2019).get(0).toChinese())
        .isEqualTo("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）");
  }

  // enum-only properties run over every value (exhaustively) rather than random samples
  @ParameterizedTest
  @EnumSource(OutcomeGround.class)
  void every_legal_basis_is_valid_for_its_regime(OutcomeGround ground) {
    for (Regime regime : Regime.values()) {
      List<LegalBasis> bases = ground.getLegalBases(regime);
      for (LegalBasis b : bases) {
        assertThat(b.getRegime()).isEqualTo(regime);
        assertThat(b.getInstrument().appliesTo(regime)).isTrue();
        assertThat(LegalBasis.parse(regime, b.toNotation())).isEqualTo(b);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(OutcomeGround.class)
  void codes_round_trip(OutcomeGround ground) {
    assertThat(OutcomeGround.ofCode(ground.getCode())).isSameAs(ground);
  }

  @Test
  void unknown_code_names_the_field_and_value() {
    assertThatThrownBy(() -> OutcomeGround.ofCode("withheld-because"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("outcomeGround")
        .hasMessageContaining("withheld-because");
  }

  @Test
  void regime_is_chosen_by_effective_date() {
    assertThat(Regime.forDate(java.time.LocalDate.of(2019, 5, 14))).isEqualTo(Regime.R2008);
    assertThat(Regime.forDate(java.time.LocalDate.of(2019, 5, 15))).isEqualTo(Regime.R2019);
    assertThatThrownBy(() -> Regime.forDate(java.time.LocalDate.of(2008, 4, 30)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2008-04-30");
  }

  @Test
  void chinese_citation_of_items() {
    assertThat(LegalBasis.ofItem(Regime.R2019, 36, 4).toChinese())
        .isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（四）项");
    assertThat(LegalBasis.of(Regime.R2019, 14, 1).toEnglish())
        .isEqualTo("Art. 14(1), Regulations on Open Government Information (2019)");
  }
}

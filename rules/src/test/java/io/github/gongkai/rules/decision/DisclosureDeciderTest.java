package io.github.gongkai.rules.decision;

import static io.github.gongkai.rules.decision.Items.caseFile;
import static io.github.gongkai.rules.decision.Items.internal;
import static io.github.gongkai.rules.decision.Items.plain;
import static io.github.gongkai.rules.decision.Items.privacy;
import static io.github.gongkai.rules.decision.Items.process;
import static io.github.gongkai.rules.decision.Items.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decisions drawn from the 2019 Regulation (legal/政府信息公开条例(2019-04-03).md, "Reg2019"), the
 * Supreme People's Court provisions of 2011 (legal/最高人民法院关于审理政府信息公开行政案件若干问题的规定
 * (2011-07-29).md, "SPC") and docs/legal-reference.md; each test cites its source.
 */
class DisclosureDeciderTest {
  static final DisclosureDecider DECIDER = DisclosureDecider.standard();
  static final DecisionContext Y2024 = DecisionContext.of(LocalDate.of(2024, 3, 1));
  static final DecisionContext Y2015 = DecisionContext.of(LocalDate.of(2015, 6, 1));

  static DisclosureDecision decide(InformationItem item, ItemAssessment a) {
    return DECIDER.decide(item, a, Y2024);
  }

  static List<String> notations(List<LegalBasis> bases) {
    return bases.stream().map(LegalBasis::toNotation).collect(Collectors.toList());
  }

  static ItemAssessment.Builder assess() {
    return ItemAssessment.builder();
  }

  /** The decision on a plain item under an assessment, with the disposition and row expected. */
  static DisclosureDecision answers(ItemAssessment.Builder a, Disposition disposition, OutcomeGround row) {
    return answered(decide(plain("x"), a.build()), disposition, row);
  }

  /** A decision, after checking its disposition and report row. */
  static DisclosureDecision answered(DisclosureDecision d, Disposition disposition, OutcomeGround row) {
    assertThat(d.getDisposition()).isEqualTo(disposition);
    assertThat(d.getReportRow()).isEqualTo(row);
    return d;
  }

  @Nested
  class Release {
    @Test
    void information_without_exemption_is_released_reg2019_art13_art36_2() {
      // Reg2019 Art.13: 除本条例第十四条、第十五条、第十六条规定的政府信息外，政府信息应当公开; Art.36(2)
      DisclosureDecision d = DECIDER.decide(plain("a"), Y2024);
      assertThat(d.getRegime()).isEqualTo(Regime.R2019);
      answered(d, Disposition.RELEASE, OutcomeGround.RELEASED);
      assertThat(d.getNature()).isEqualTo(ExemptionNature.NONE);
      assertThat(d.isProvisional()).isFalse();
      assertThat(d.getSteps()).isEmpty();
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:36(2)").contains("OGI-2019:13");
      assertThat(d.getTrace()).isEmpty();
    }

    @Test
    void already_published_information_tells_how_to_obtain_it_reg2019_art36_1() {
      // Reg2019 Art.36(1): 已经主动公开的，告知申请人获取该政府信息的方式、途径; SPC Art.12(2)
      DisclosureDecision d = DECIDER.decide(Items.published("p"), Y2024);
      answered(d, Disposition.RELEASE, OutcomeGround.RELEASED);
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:36(1)").contains("SPC-2011:12(2)");
      assertThat(d.getSteps()).extracting(RequiredStep::getKind).containsExactly(StepKind.INFORM_HOW_TO_OBTAIN);
      TraceEntry t = traceOf(DECIDER.explain(Items.published("p"), ItemAssessment.none(), Y2024), DecisionRule.ofCode("already-published"));
      assertThat(t.isDecisive()).isTrue();
      assertThat(t.getReasonZh()).contains("某市人民政府门户网站");
    }
  }

  @Nested
  class MandatoryExemptionsArt14 {
    @Test
    void state_secret_is_withheld_and_reviewed_reg2019_art14_art17() {
      // Reg2019 Art.14: 依法确定为国家秘密的政府信息……不予公开; Art.17 para.2: review under the secrecy law
      DisclosureDecision d = DECIDER.decide(secret("s"), Y2024);
      answered(d, Disposition.WITHHOLD, OutcomeGround.WITHHELD_STATE_SECRET);
      assertThat(d.getNature()).isEqualTo(ExemptionNature.MANDATORY);
      assertThat(notations(d.getLegalBases())).containsExactly("OGI-2019:36(3)", "OGI-2019:14");
      assertThat(d.getSteps())
          .extracting(RequiredStep::getKind)
          .containsExactly(StepKind.STATE_REASONS, StepKind.CONFIDENTIALITY_REVIEW);
      RequiredStep review = d.getSteps().get(1);
      assertThat(review.isBlocking()).isFalse();
      assertThat(review.getLegalBasis().toChinese()).isEqualTo("《中华人民共和国政府信息公开条例》第十七条第二款");
      assertThat(d.isProvisional()).isFalse();
    }

    @Test
    void a_marking_no_longer_in_force_is_no_state_secret_but_is_still_reviewed_reg2019_art17_art18() {
      // Reg2019 Art.17 para.2 (review under the secrecy law) and Art.18 (withheld information re-evaluated:
      // 因情势变化可以公开的政府信息应当公开); 保守国家秘密法: a secret ends with its period (docs/legal-reference.md)
      InformationItem declassified =
          Items.with(
              "x",
              b ->
                  b.secrecyMarking(
                      io.github.gongkai.core.item.SecrecyMarking.builder()
                          .level(io.github.gongkai.core.item.SecrecyLevel.CONFIDENTIAL)
                          .markedOn(LocalDate.of(2010, 1, 1))
                          .periodYears(10)
                          .build()));
      DisclosureDecision d = DECIDER.explain(declassified, ItemAssessment.none(), Y2024);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(d.getSteps()).extracting(RequiredStep::getKind).containsExactly(StepKind.CONFIDENTIALITY_REVIEW);
      assertThat(traceOf(d, DecisionRule.ofCode("state-secret")).getReasonEn()).contains("no longer in force");
      // the same item requested in 2015 was still classified
      assertThat(DECIDER.decide(declassified, Y2015).getReportRow()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
    }

    @Test
    void prohibited_by_law_is_withheld_reg2019_art14() {
      // Reg2019 Art.14: 法律、行政法规禁止公开的政府信息……不予公开
      DisclosureDecision d = DECIDER.decide(Items.prohibited("x", "中华人民共和国统计法 第三十九条"), Y2024);
      assertThat(d.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_PROHIBITED_BY_LAW);
      assertThat(d.getNature()).isEqualTo(ExemptionNature.MANDATORY);
    }

    @Test
    void endangering_security_is_withheld_reg2019_art14() {
      // Reg2019 Art.14: 公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开
      answers(
          assess().endangersSecurityOrStability(true),
          Disposition.WITHHOLD,
          OutcomeGround.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY);
    }

    @Test
    void doubt_requires_a_secrecy_determination_before_answering_reg2019_art17_para3() {
      // Reg2019 Art.17 para.3: 不能确定政府信息是否可以公开的，应当……报有关主管部门或者保密行政管理部门确定
      DisclosureDecision d = decide(plain("x"), assess().confidentialityDoubtful(true).build());
      assertThat(d.isProvisional()).isTrue();
      assertThat(d.getSteps().get(0).getKind()).isEqualTo(StepKind.SECRECY_DETERMINATION);
      assertThat(d.getSteps().get(0).isBlocking()).isTrue();
      assertThat(d.getSteps().get(0).getLegalBasis().toNotation()).isEqualTo("OGI-2019:17.3");
    }

    @Test
    void several_grounds_are_all_listed_and_the_first_in_table_order_is_the_report_row() {
      // Reg2019 Arts.14, 15; table 三（三） order (国办公开办函〔2021〕30号)
      InformationItem item =
          Items.with(
              "x",
              b ->
                  b.secrecyMarking(
                          io.github.gongkai.core.item.SecrecyMarking.builder()
                              .level(io.github.gongkai.core.item.SecrecyLevel.CONFIDENTIAL)
                              .build())
                      .addThirdPartyInterests(
                          Items.interest(ThirdPartyInterestKind.PERSONAL_PRIVACY, "张某", ConsentState.OBJECTED)));
      DisclosureDecision d = DECIDER.decide(item, Y2024);
      assertThat(d.getGrounds())
          .extracting(AppliedGround::getGround)
          .containsExactly(OutcomeGround.WITHHELD_STATE_SECRET, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
      assertThat(d.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
      assertThat(d.getPrimaryGround()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
    }
  }

  @Nested
  class ThirdPartiesArt15Art32 {
    @Test
    void consent_of_the_third_party_releases_reg2019_art15() {
      // Reg2019 Art.15: 但是，第三方同意公开……的，予以公开; SPC Art.8 para.2
      DisclosureDecision d = DECIDER.decide(privacy("x", "李某", ConsentState.CONSENTED), Y2024);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:15");
    }

    @Test
    void reasonable_objection_withholds_reg2019_art32() {
      // Reg2019 Art.32: 第三方不同意公开且有合理理由的，行政机关不予公开
      DisclosureDecision d = DECIDER.decide(Items.commercialSecret("x", "某公司", ConsentState.OBJECTED), Y2024);
      answered(d, Disposition.WITHHOLD, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
      assertThat(d.getNature()).isEqualTo(ExemptionNature.MANDATORY);
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:15", "OGI-2019:32");
    }

    @Test
    void public_interest_override_releases_with_reasons_and_notice_reg2019_art15_art32_spc_art5() {
      // Reg2019 Art.15: 行政机关认为不公开会对公共利益造成重大影响的，予以公开; Art.32: 并将决定公开的政府信息内容和理由
      // 书面告知第三方; SPC Art.5 para.2: the agency proves the public interest
      ItemAssessment a = assess().publicInterestReasons("涉及饮用水源地污染，关系公众健康").build();
      DisclosureDecision d = decide(Items.commercialSecret("x", "某化工公司", ConsentState.OBJECTED), a);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(d.getPublicInterestOverride()).isNotNull();
      assertThat(d.getPublicInterestOverride().getReasons()).isEqualTo("涉及饮用水源地污染，关系公众健康");
      assertThat(d.getPublicInterestOverride().getThirdParties()).containsExactly("某化工公司");
      assertThat(d.getSteps())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.getKind()).isEqualTo(StepKind.THIRD_PARTY_OVERRIDE_NOTICE);
                assertThat(s.getParty()).isEqualTo("某化工公司");
                assertThat(s.isBlocking()).isFalse();
              });
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:15", "OGI-2019:32", "SPC-2011:5.2");
    }

    @Test
    void public_interest_reasons_must_not_be_blank_spc_art5_para2() {
      // SPC Art.5 para.2: the agency must state and prove the reasons
      assertThatThrownBy(() -> assess().publicInterestReasons("  ").build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("publicInterestReasons");
    }

    @Test
    void third_party_not_yet_asked_must_be_consulted_with_the_callers_due_date_reg2019_art32() {
      // Reg2019 Art.32: 应当书面征求第三方的意见。第三方应当自收到征求意见书之日起15个工作日内提出意见
      LocalDate due = LocalDate.of(2024, 3, 22);
      DisclosureDecision d =
          decide(privacy("x", "王某", ConsentState.PENDING), assess().thirdPartyReplyDueDate(due).build());
      assertThat(d.isProvisional()).isTrue();
      RequiredStep s = d.getSteps().get(0);
      assertThat(s.getKind()).isEqualTo(StepKind.THIRD_PARTY_CONSULTATION);
      assertThat(s.isBlocking()).isTrue();
      assertThat(s.getParty()).isEqualTo("王某");
      assertThat(s.getDueDate()).isEqualTo(due);
      assertThat(s.getLegalBasis().toNotation()).isEqualTo("OGI-2019:32");
      // as things stand the information is barred (Art.15 不得公开)
      assertThat(d.getDisposition()).isEqualTo(Disposition.WITHHOLD);
    }

    @Test
    void silence_leaves_the_decision_to_the_agency_reg2019_art32() {
      // Reg2019 Art.32: 第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开
      DisclosureDecision presumed = DECIDER.decide(privacy("x", "赵某", ConsentState.NO_REPLY), Y2024);
      assertThat(presumed.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
      DisclosureDecision noHarm =
          decide(privacy("x", "赵某", ConsentState.NO_REPLY), assess().thirdPartyHarm(false).build());
      assertThat(noHarm.getDisposition()).isEqualTo(Disposition.RELEASE);
      DisclosureDecision lenient =
          DisclosureDecider.of(DecisionPolicy.builder().presumeThirdPartyHarm(false).build())
              .decide(privacy("x", "赵某", ConsentState.NO_REPLY), Y2024);
      assertThat(lenient.getDisposition()).isEqualTo(Disposition.RELEASE);
    }

    @Test
    void objection_without_reasonable_grounds_does_not_bind_in_2019_but_did_in_2008() {
      // Reg2019 Art.32: only an objection 且有合理理由 binds; 2008 Art.23: objection → not disclosed
      ItemAssessment a = assess().thirdPartyObjectionUnreasonable(true).thirdPartyHarm(false).build();
      InformationItem item = privacy("x", "钱某", ConsentState.OBJECTED);
      assertThat(DECIDER.decide(item, a, Y2024).getDisposition()).isEqualTo(Disposition.RELEASE);
      DisclosureDecision d2008 = DECIDER.decide(item, a, Y2015);
      assertThat(d2008.getDisposition()).isEqualTo(Disposition.WITHHOLD);
      assertThat(notations(d2008.getLegalBases())).contains("OGI-2008:14", "OGI-2008:23");
    }

    @Test
    void personal_data_in_a_separable_part_gives_partial_release_reg2019_art37() {
      // Reg2019 Art.37: 能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容; SPC Art.9 para.3
      DisclosureDecision d =
          decide(privacy("x", "孙某", ConsentState.OBJECTED), assess().separable(true).build());
      answered(d, Disposition.RELEASE_IN_PART, OutcomeGround.PARTIALLY_RELEASED);
      assertThat(d.getPrimaryGround()).isEqualTo(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:37");
      assertThat(d.getSteps())
          .extracting(RequiredStep::getKind)
          .containsExactly(StepKind.STATE_REASONS, StepKind.SEPARATE_AND_REDACT);
    }
  }

  @Nested
  class DiscretionaryArt16 {
    @Test
    void internal_affairs_without_a_choice_use_the_policy_default_and_say_so_reg2019_art16_para1() {
      // Reg2019 Art.16 para.1: 行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开
      DisclosureDecision d = DECIDER.decide(internal("x", InternalAffairsKind.LOGISTICS), Y2024);
      answered(d, Disposition.WITHHOLD, OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);
      assertThat(d.getNature()).isEqualTo(ExemptionNature.DISCRETIONARY);
      DiscretionRecord r = d.getDiscretion();
      assertThat(r).isNotNull();
      assertThat(r.getChoice()).isEqualTo(DiscretionaryChoice.WITHHOLD);
      assertThat(r.isChoiceByPolicyDefault()).isTrue();
      assertThat(r.withholds()).isTrue();
    }

    @Test
    void the_agency_may_choose_to_disclose_and_the_choice_is_recorded_reg2019_art16() {
      // Reg2019 Art.16: 可以不予公开 — a discretion, not a duty
      DisclosureDecision d =
          decide(
              process("x", ProcessInformationKind.DISCUSSION_RECORD),
              assess().discretionaryChoice(DiscretionaryChoice.DISCLOSE).build());
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(d.getDiscretion().getChoice()).isEqualTo(DiscretionaryChoice.DISCLOSE);
      assertThat(d.getDiscretion().isChoiceByPolicyDefault()).isFalse();
      assertThat(d.getDiscretion().getGrounds()).containsExactly(OutcomeGround.WITHHELD_PROCESS_INFORMATION);
    }

    @Test
    void a_rule_requiring_disclosure_prevails_over_the_discretion_reg2019_art16_para2() {
      // Reg2019 Art.16 para.2: 法律、法规、规章规定上述信息应当公开的，从其规定
      ItemAssessment a =
          assess()
              .discretionaryChoice(DiscretionaryChoice.WITHHOLD)
              .lawRequiringDisclosure("某省行政执法公示办法 第十条")
              .build();
      DisclosureDecision d = decide(caseFile("x"), a);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(d.getDiscretion().isLawPrevails()).isTrue();
      assertThat(d.getDiscretion().getLawRequiringDisclosure()).isEqualTo("某省行政执法公示办法 第十条");
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:16.2");
    }

    @Test
    void a_proactive_disclosure_duty_prevails_over_the_process_information_discretion_reg2019_art16_art20() {
      // Reg2019 Art.16 para.2 (从其规定) read with Art.20: the Regulation itself requires proactive disclosure
      InformationItem item =
          Items.with(
              "x",
              b ->
                  b.processInformationKind(ProcessInformationKind.DRAFT)
                      .proactiveCategory(io.github.gongkai.core.item.ProactiveCategory.of(Regime.R2019).get(0)));
      DisclosureDecision d = DECIDER.decide(item, Y2024);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(d.getDiscretion().isLawPrevails()).isTrue();
      assertThat(d.getDiscretion().getLawRequiringDisclosure()).contains("第二十条");
    }

    @Test
    void enforcement_case_file_is_discretionary_in_2019_and_no_exemption_in_2008() {
      // Reg2019 Art.16 para.2 (行政执法案卷信息，可以不予公开); no case-file exemption in 2008
      DisclosureDecision d2019 = DECIDER.decide(caseFile("x"), Y2024);
      assertThat(d2019.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE);
      DisclosureDecision d2008 = DECIDER.explain(caseFile("x"), ItemAssessment.none(), Y2015);
      assertThat(d2008.getDisposition()).isEqualTo(Disposition.RELEASE);
      TraceEntry t = traceOf(d2008, DecisionRule.ofCode("enforcement-case-file"));
      assertThat(t.isFired()).isFalse();
      assertThat(t.getLegalBases()).isEmpty();
      assertThat(t.getReasonZh()).contains("2008年《条例》未规定");
    }

    @Test
    void literal_reading_of_para1_keeps_the_internal_affairs_discretion() {
      // Reg2019 Art.16: the 从其规定 proviso is in para.2 ("上述信息"); policy switch (DecisionPolicy)
      ItemAssessment a = assess().lawRequiringDisclosure("某规章").build();
      InformationItem item = internal("x", InternalAffairsKind.PERSONNEL);
      assertThat(decide(item, a).getDisposition()).isEqualTo(Disposition.RELEASE);
      DisclosureDecider literal =
          DisclosureDecider.of(DecisionPolicy.builder().lawRequirementOverridesInternalAffairs(false).build());
      assertThat(literal.decide(item, a, Y2024).getDisposition()).isEqualTo(Disposition.WITHHOLD);
    }
  }

  @Nested
  class Art36Replies {
    @Test
    void not_held_reg2019_art36_4() {
      // Reg2019 Art.36(4): 经检索没有所申请公开信息的，告知申请人该政府信息不存在
      DisclosureDecision d = answers(assess().notHeld(true), Disposition.CANNOT_PROVIDE, OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:36(4)");
    }

    @Test
    void another_agencys_information_is_referred_with_its_name_reg2019_art36_5() {
      // Reg2019 Art.36(5): 能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式
      DisclosureDecision d =
          decide(plain("x"), assess().notThisAgency(true).responsibleAgency("某市自然资源局 0000-12345678").build());
      answered(d, Disposition.REFER_ELSEWHERE, OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
      assertThat(d.getSteps()).singleElement().satisfies(s -> {
        assertThat(s.getKind()).isEqualTo(StepKind.NAME_RESPONSIBLE_AGENCY);
        assertThat(s.getParty()).isEqualTo("某市自然资源局 0000-12345678");
      });
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:36(5)");
    }

    @Test
    void repeated_request_is_not_processed_again_reg2019_art36_6() {
      // Reg2019 Art.36(6): 申请人重复申请公开相同政府信息的，告知申请人不予重复处理
      answers(assess().repeated(true), Disposition.NOT_PROCESSED, OutcomeGround.NOT_PROCESSED_REPEATED);
    }

    @Test
    void business_registration_records_are_referred_to_their_route_reg2019_art36_7() {
      // Reg2019 Art.36(7): 工商、不动产登记资料等信息……告知申请人依照有关法律、行政法规的规定办理
      DisclosureDecision d = DECIDER.decide(Items.specialRoute("x", SpecialAccessRoute.BUSINESS_REGISTRATION), Y2024);
      answered(d, Disposition.REFER_ELSEWHERE, OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY);
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2019:36(7)");
    }

    @Test
    void creation_or_analysis_may_be_refused_reg2019_art38_spc_art2_3() {
      // Reg2019 Art.38: 需要行政机关对现有政府信息进行加工、分析的，行政机关可以不予提供; SPC Art.2(3)
      DisclosureDecision d =
          answers(
              assess().requiresCreationOrAnalysis(true),
              Disposition.CANNOT_PROVIDE,
              OutcomeGround.CANNOT_PROVIDE_WOULD_NEED_CREATION);
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:38", "SPC-2011:2(3)");
    }

    @Test
    void still_unclear_after_correction_reg2019_art30() {
      // Reg2019 Art.30; table 三（四）3 补正后申请内容仍不明确
      DisclosureDecision d =
          DECIDER.decide(plain("x"), DecisionContext.builder().requestDate(LocalDate.of(2024, 1, 2)).stillUnclearAfterCorrection(true).build());
      assertThat(d.getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_STILL_UNCLEAR);
      assertThat(d.getDisposition()).isEqualTo(Disposition.CANNOT_PROVIDE);
    }

    @Test
    void content_that_is_not_government_information_reg2019_art2_spc_art12_1() {
      // Reg2019 Art.2 (definition); SPC Art.12(1) 不属于政府信息; report row is a [U] policy, default （六）3 其他
      ItemAssessment a = assess().notGovernmentInformation(true).build();
      DisclosureDecision d = decide(plain("x"), a);
      answered(d, Disposition.CANNOT_PROVIDE, OutcomeGround.OTHER);
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:2", "SPC-2011:12(1)");
      DisclosureDecider alt =
          DisclosureDecider.of(DecisionPolicy.builder().notGovernmentInformationRow(OutcomeGround.CANNOT_PROVIDE_NOT_HELD).build());
      assertThat(alt.decide(plain("x"), a, Y2024).getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
      assertThatThrownBy(() -> DecisionPolicy.builder().notGovernmentInformationRow(OutcomeGround.RELEASED).build())
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class NotProcessedArt35Art39 {
    @Test
    void petition_in_request_form_is_not_processed_even_for_a_secret_item_reg2019_art39_para1() {
      // Reg2019 Art.39 para.1: 应当告知申请人不作为政府信息公开申请处理并可以告知通过相应渠道提出
      DecisionContext ctx = DecisionContext.builder().requestDate(LocalDate.of(2024, 3, 1)).petitionOrComplaint(true).build();
      DisclosureDecision d = DECIDER.explain(secret("x"), ItemAssessment.none(), ctx);
      answered(d, Disposition.NOT_PROCESSED, OutcomeGround.NOT_PROCESSED_PETITION_OR_COMPLAINT);
      assertThat(d.getSteps()).extracting(RequiredStep::getKind).containsExactly(StepKind.INFORM_PROPER_CHANNEL);
      TraceEntry secretRule = traceOf(d, DecisionRule.ofCode("state-secret"));
      assertThat(secretRule.isFired()).isTrue();
      assertThat(secretRule.isDecisive()).isFalse();
      assertThat(secretRule.getReasonEn()).contains("already decided");
    }

    @Test
    void published_materials_reg2019_art39_para2_spc_art2_2() {
      // Reg2019 Art.39 para.2: 要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径; SPC Art.2(2)
      DisclosureDecision d =
          answers(assess().publishedMaterial(true), Disposition.NOT_PROCESSED, OutcomeGround.NOT_PROCESSED_PUBLISHED_MATERIAL);
      assertThat(notations(d.getLegalBases())).contains("OGI-2019:39.2", "SPC-2011:2(2)");
    }

    @Test
    void excessive_requests_reg2019_art35() {
      // Reg2019 Art.35: 行政机关认为申请理由不合理的，告知申请人不予处理；……理由合理……可以确定延迟答复的合理期限
      DecisionContext.Builder ctx = DecisionContext.builder().requestDate(LocalDate.of(2024, 3, 1));
      DisclosureDecision refused =
          DECIDER.decide(plain("x"), ctx.excessiveRequest(ExcessiveRequestFinding.UNREASONABLE).build());
      assertThat(refused.getReportRow()).isEqualTo(OutcomeGround.NOT_PROCESSED_EXCESSIVE);
      DisclosureDecision asked =
          DECIDER.decide(plain("x"), ctx.excessiveRequest(ExcessiveRequestFinding.REASONS_REQUESTED).build());
      assertThat(asked.isProvisional()).isTrue();
      assertThat(asked.getSteps().get(0).getKind()).isEqualTo(StepKind.ASK_FOR_REASONS);
      DisclosureDecision later =
          DECIDER.decide(plain("x"), ctx.excessiveRequest(ExcessiveRequestFinding.REASONABLE).build());
      assertThat(later.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(later.isProvisional()).isFalse();
      assertThat(later.getSteps()).extracting(RequiredStep::getKind).containsExactly(StepKind.SET_LATER_DEADLINE);
    }

    @Test
    void excessive_request_rule_did_not_exist_in_2008() {
      // Art.35 is new in 2019; table 三（五）4 has no 2008 basis (outcome-grounds.tsv)
      DecisionContext ctx =
          DecisionContext.builder().requestDate(LocalDate.of(2016, 3, 1)).excessiveRequest(ExcessiveRequestFinding.UNREASONABLE).build();
      DisclosureDecision d = DECIDER.explain(plain("x"), ItemAssessment.none(), ctx);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(traceOf(d, DecisionRule.EXCESSIVE_REQUEST).isFired()).isFalse();
    }

    @Test
    void confirmation_or_reissue_is_not_processed_table_three_5_5() {
      // table 三（五）5 要求行政机关确认或重新出具已获取信息 (国办公开办函〔2021〕30号)
      DisclosureDecision d =
          answers(
              assess().confirmationOrReissue(true),
              Disposition.NOT_PROCESSED,
              OutcomeGround.NOT_PROCESSED_CONFIRMATION_OR_REISSUE);
      assertThat(d.getLegalBases().get(0).isInterpretation()).isTrue();
    }

    @Test
    void a_party_seeking_the_case_file_is_referred_to_case_file_access_spc_art2_4() {
      // SPC Art.2(4): 行政程序中的当事人、利害关系人以政府信息公开名义申请查阅案卷材料，行政机关告知其应当按照相关法律、法规的规定办理
      DecisionContext ctx2019 = DecisionContext.builder().requestDate(LocalDate.of(2024, 3, 1)).applicantPartyToProceeding(true).build();
      DisclosureDecision d = DECIDER.decide(caseFile("x"), ctx2019);
      answered(d, Disposition.REFER_ELSEWHERE, OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY);
      assertThat(notations(d.getLegalBases())).startsWith("SPC-2011:2(4)");
      DecisionContext ctx2008 = DecisionContext.builder().requestDate(LocalDate.of(2015, 3, 1)).applicantPartyToProceeding(true).build();
      DisclosureDecision d2008 = DECIDER.decide(caseFile("x"), ctx2008);
      assertThat(d2008.getDisposition()).isEqualTo(Disposition.REFER_ELSEWHERE);
      assertThat(d2008.getReportRow()).isEqualTo(OutcomeGround.OTHER);
      assertThat(notations(d2008.getLegalBases())).containsExactly("SPC-2011:2(4)");
      assertThat(d2008.getLegalBases().get(0).getRegime()).isEqualTo(Regime.R2008);
    }
  }

  @Nested
  class Regime2008 {
    @Test
    void regime_follows_the_request_date_reg2019_art56() {
      // Reg2019 Art.56: 本条例自2019年5月15日起施行
      assertThat(DECIDER.decide(plain("x"), DecisionContext.of(LocalDate.of(2019, 5, 14))).getRegime()).isEqualTo(Regime.R2008);
      assertThat(DECIDER.decide(plain("x"), DecisionContext.of(LocalDate.of(2019, 5, 15))).getRegime()).isEqualTo(Regime.R2019);
      DecisionContext forced = DecisionContext.builder().requestDate(LocalDate.of(2019, 6, 1)).regime(Regime.R2008).build();
      assertThat(DECIDER.decide(plain("x"), forced).getRegime()).isEqualTo(Regime.R2008);
    }

    @Test
    void release_under_2008_cites_art21_1() {
      // 2008 Art.21(1): 属于公开范围的，应当告知申请人获取该政府信息的方式和途径
      DisclosureDecision d = DECIDER.decide(plain("x"), Y2015);
      assertThat(notations(d.getLegalBases())).startsWith("OGI-2008:21(1)");
    }

    @Test
    void security_and_secrets_under_2008_cite_art8_and_art14() {
      // 2008 Art.8 (三安全一稳定) and Art.14 (state secrets)
      assertThat(notations(DECIDER.decide(plain("x"), assess().endangersSecurityOrStability(true).build(), Y2015).getLegalBases()))
          .contains("OGI-2008:8");
      assertThat(notations(DECIDER.decide(secret("x"), Y2015).getLegalBases())).contains("OGI-2008:14");
    }

    @Test
    void internal_and_process_information_per_the_2010_guidance() {
      // no Art.16 in 2008; 国办发〔2010〕5号: "一般不属于《条例》所指应公开的政府信息"
      DisclosureDecision d = DECIDER.explain(process("x", ProcessInformationKind.DRAFT), ItemAssessment.none(), Y2015);
      answered(d, Disposition.WITHHOLD, OutcomeGround.WITHHELD_PROCESS_INFORMATION);
      assertThat(d.getGrounds().get(0).getLegalBases())
          .singleElement()
          .satisfies(b -> {
            assertThat(b.toNotation()).isEqualTo("~GUIDANCE-2010-5:");
            assertThat(b.isInterpretation()).isTrue();
          });
      assertThat(traceOf(d, DecisionRule.ofCode("process-information")).getReasonZh()).contains("国办发〔2010〕5号");
    }

    @Test
    void third_parties_under_2008_consent_override_and_consultation_without_time_limit() {
      // 2008 Art.14 (consent or major public interest) and Art.23 (consultation; no time limit)
      ItemAssessment override = assess().publicInterestReasons("涉及公共安全").build();
      DisclosureDecision d = DECIDER.decide(Items.commercialSecret("x", "某公司", ConsentState.OBJECTED), override, Y2015);
      assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
      assertThat(notations(d.getLegalBases())).contains("OGI-2008:14", "OGI-2008:23", "SPC-2011:5.2");
      assertThat(d.getSteps()).singleElement().satisfies(s -> assertThat(s.getLegalBasis().toNotation()).isEqualTo("OGI-2008:23"));
      DisclosureDecision ask = DECIDER.decide(privacy("x", "周某", ConsentState.NOT_ASKED), Y2015);
      assertThat(ask.isProvisional()).isTrue();
      assertThat(ask.getSteps().get(0).getKind()).isEqualTo(StepKind.THIRD_PARTY_CONSULTATION);
      assertThat(ask.getSteps().get(0).getDueDate()).isNull();
    }

    @Test
    void special_need_test_for_requests_before_2019_05_15_spc_art12_6() {
      // 2008 Art.13 (三需要); SPC Art.5 para.6 and Art.12(6): 不能合理说明申请获取政府信息系根据自身生产、生活、科研等特殊需要
      DecisionContext.Builder b = DecisionContext.builder().specialNeed(SpecialNeedFinding.NOT_SHOWN);
      DisclosureDecision d = DECIDER.decide(plain("x"), b.requestDate(LocalDate.of(2012, 9, 1)).build());
      answered(d, Disposition.NOT_PROCESSED, OutcomeGround.OTHER);
      assertThat(notations(d.getLegalBases())).contains("OGI-2008:13", "SPC-2011:12(6)");
      // abolished by the 2019 revision (Art.27): no need test for later requests, even under a forced 2008 regime
      assertThat(DECIDER.decide(plain("x"), b.requestDate(LocalDate.of(2019, 6, 1)).build()).getDisposition())
          .isEqualTo(Disposition.RELEASE);
      assertThat(DECIDER.decide(plain("x"), b.requestDate(LocalDate.of(2019, 6, 1)).regime(Regime.R2008).build()).getDisposition())
          .isEqualTo(Disposition.RELEASE);
    }

    @Test
    void a_2008_request_needs_a_date_or_a_regime() {
      assertThatThrownBy(() -> DecisionContext.builder().build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("requestDate");
      assertThatThrownBy(() -> DecisionContext.of(LocalDate.of(2007, 1, 1)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("2008-05-01");
    }
  }

  @Nested
  class Trace {
    @Test
    void the_trace_lists_every_rule_in_order_with_reasons_in_both_languages() {
      DisclosureDecision d = DECIDER.explain(secret("x"), ItemAssessment.none(), Y2024);
      assertThat(d.getTrace()).extracting(TraceEntry::getRule).containsExactlyElementsOf(DecisionRule.values());
      for (TraceEntry t : d.getTrace()) {
        assertThat(t.getReasonZh()).isNotBlank();
        assertThat(t.getReasonEn()).isNotBlank();
        assertThat(t.getReason(Locale.CHINA)).isEqualTo(t.getReasonZh());
        if (t.isDecisive()) {
          assertThat(t.isFired()).isTrue();
        }
      }
      assertThat(traceOf(d, DecisionRule.ofCode("state-secret")).isDecisive()).isTrue();
      assertThat(traceOf(d, DecisionRule.ofCode("release")).isFired()).isFalse();
      assertThat(d.withoutTrace()).isEqualTo(DECIDER.decide(secret("x"), Y2024));
    }

    @Test
    void the_fast_path_shares_decisions_without_item_specific_text() {
      DisclosureDecision a = DECIDER.decide(secret("a"), Y2024);
      DisclosureDecision b = DECIDER.decide(secret("b"), Y2024);
      assertThat(a).isSameAs(b);
      assertThat(a.getTrace()).isEmpty();
    }

    @Test
    void summaries_in_both_languages() {
      DisclosureDecision d = DECIDER.decide(secret("x"), Y2024);
      assertThat(d.summaryZh()).isEqualTo("不予公开：属于国家秘密（《中华人民共和国政府信息公开条例》第三十六条第（三）项）");
      assertThat(d.summaryEn()).startsWith("Withhold: State secret (Art. 36 item 3");
    }
  }

  static TraceEntry traceOf(DisclosureDecision d, DecisionRule rule) {
    return d.getTrace().stream().filter(t -> t.getRule() == rule).findFirst().orElseThrow();
  }
}

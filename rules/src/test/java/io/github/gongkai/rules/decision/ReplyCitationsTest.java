package io.github.gongkai.rules.decision;

import static io.github.gongkai.rules.decision.DisclosureDeciderTest.assess;
import static io.github.gongkai.rules.decision.DisclosureDeciderTest.notations;
import static io.github.gongkai.rules.decision.DisclosureDeciderTest.traceOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.SpecialAccessRoute;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each answer cites the reply type of 《政府信息公开条例》(2019) 第三十六条 it actually gives, and a
 * request over several items cites the union of its items' provisions and steps.
 */
class ReplyCitationsTest {
  static final DisclosureDecider D = DisclosureDecider.standard();
  static final DecisionContext Y2024 = DecisionContext.of(LocalDate.of(2024, 3, 1));
  static final DecisionContext Y2015 = DecisionContext.of(LocalDate.of(2015, 3, 1));

  private static List<String> groundNotations(DisclosureDecision d) {
    return notations(d.getGrounds().get(0).getLegalBases());
  }

  @Test
  void a_release_of_unpublished_information_cites_art36_2_not_art36_1() {
    // 第三十六条第（二）项: 所申请公开信息可以公开的，向申请人提供该政府信息
    DisclosureDecision d = D.decide(Items.plain("a"), Y2024);
    assertThat(notations(d.getLegalBases())).containsExactly("OGI-2019:36(2)", "OGI-2019:13");
    assertThat(groundNotations(d)).containsExactly("OGI-2019:36(2)");
  }

  @Test
  void already_published_information_cites_art36_1_not_art36_2() {
    // 第三十六条第（一）项: 所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径
    DisclosureDecision d = D.decide(Items.published("p"), Y2024);
    assertThat(notations(d.getLegalBases())).containsExactly("OGI-2019:36(1)", "SPC-2011:12(2)");
    assertThat(groundNotations(d)).containsExactly("OGI-2019:36(1)");
  }

  @Test
  void not_held_cites_art36_4_only_and_another_agency_art36_5_only() {
    DisclosureDecision notHeld = D.decide(Items.plain("x"), assess().notHeld(true).build(), Y2024);
    assertThat(notations(notHeld.getLegalBases())).containsExactly("OGI-2019:36(4)");
    assertThat(groundNotations(notHeld)).containsExactly("OGI-2019:36(4)");
    DisclosureDecision other =
        D.decide(Items.plain("x"), assess().notThisAgency(true).responsibleAgency("某市自然资源局").build(), Y2024);
    assertThat(notations(other.getLegalBases())).containsExactly("OGI-2019:36(5)");
    assertThat(groundNotations(other)).containsExactly("OGI-2019:36(5)");
    // both still count in row （四）1 本机关不掌握相关政府信息
    assertThat(other.getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
    assertThat(notHeld.getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
  }

  @Test
  void the_special_route_answer_cites_art36_7_once() {
    DisclosureDecision d = D.decide(Items.specialRoute("x", SpecialAccessRoute.REAL_ESTATE_REGISTRATION), Y2024);
    assertThat(d.getLegalBases()).filteredOn(b -> Integer.valueOf(36).equals(b.getArticle())).hasSize(1);
    assertThat(notations(d.getLegalBases())).containsExactly("OGI-2019:36(7)");
  }

  @Test
  void a_discretionary_release_of_internal_affairs_cites_the_exemption_considered_art16_para1() {
    // 第十六条第一款: 行政机关的内部事务信息……可以不予公开 — the agency chose to release
    DisclosureDecision d =
        D.explain(
            Items.internal("x", InternalAffairsKind.PERSONNEL),
            assess().discretionaryChoice(DiscretionaryChoice.DISCLOSE).build(),
            Y2024);
    assertThat(d.getDisposition()).isEqualTo(Disposition.RELEASE);
    assertThat(d.getReportRow()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(notations(d.getLegalBases())).containsExactly("OGI-2019:36(2)", "OGI-2019:13", "OGI-2019:16.1");
    assertThat(d.getDiscretion().getGrounds()).containsExactly(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);
    TraceEntry release = traceOf(d, DecisionRule.ofCode("release"));
    assertThat(release.getReasonZh()).contains("内部事务信息").doesNotContain("无不予公开情形");
    assertThat(release.getReasonEn()).contains("internal affairs").doesNotContain("No exemption applies");
    // under 2008 the same choice cites 国办发〔2010〕5号 and 第二十一条第（一）项
    DisclosureDecision d2008 =
        D.decide(
            Items.internal("x", InternalAffairsKind.PERSONNEL),
            assess().discretionaryChoice(DiscretionaryChoice.DISCLOSE).build(),
            Y2015);
    assertThat(notations(d2008.getLegalBases())).containsExactly("OGI-2008:21(1)", "~GUIDANCE-2010-5:");
  }

  @Test
  void a_request_over_several_items_has_request_level_bases_and_steps() {
    AssessedItem released = AssessedItem.of(Items.plain("a"));
    AssessedItem secret = AssessedItem.of(Items.secret("b"));
    AssessedItem notHeld = AssessedItem.of(Items.plain("c"), ItemAssessment.builder().notHeld(true).build());
    AssessedItem doubtful =
        AssessedItem.of(Items.plain("d"), ItemAssessment.builder().confidentialityDoubtful(true).build());
    RequestDecision r = D.decideRequest(List.of(released, secret, notHeld, doubtful, secret), Y2024);
    assertThat(notations(r.getLegalBases()))
        .containsExactly(
            "OGI-2019:13", "OGI-2019:14", "OGI-2019:36(2)", "OGI-2019:36(3)", "OGI-2019:36(4)");
    assertThat(r.getSteps())
        .extracting(RequiredStep::getKind)
        .containsExactly(StepKind.SECRECY_DETERMINATION, StepKind.CONFIDENTIALITY_REVIEW, StepKind.STATE_REASONS);
    assertThat(r.getSteps().get(0).isBlocking()).isTrue();
    RequestDecision reversed = D.decideRequest(List.of(secret, doubtful, notHeld, released), Y2024);
    assertThat(reversed.getLegalBases()).isEqualTo(r.getLegalBases());
    assertThat(reversed.getSteps()).isEqualTo(r.getSteps());
    for (LegalBasis b : r.getLegalBases()) {
      assertThat(r.getItems().stream().anyMatch(it -> it.getDecision().getLegalBases().contains(b))).isTrue();
    }
  }
}

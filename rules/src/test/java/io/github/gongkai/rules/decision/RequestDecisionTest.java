package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests over several items: one answer, one report row (table 三（二）: "区分处理的，只计这一情形，不计其他情形",
 * 国办公开办函〔2021〕30号; Reg2019 Art.37).
 */
class RequestDecisionTest {
  static final DisclosureDecider D = DisclosureDecider.standard();
  static final DecisionContext CTX = DecisionContext.of(LocalDate.of(2024, 3, 1));

  static AssessedItem notHeld(String id) {
    return AssessedItem.of(Items.plain(id), ItemAssessment.builder().notHeld(true).build());
  }

  @Test
  void all_released_is_released() {
    RequestDecision r = D.decideRequest(List.of(AssessedItem.of(Items.plain("a")), AssessedItem.of(Items.plain("b"))), CTX);
    assertThat(r.getDisposition()).isEqualTo(Disposition.RELEASE);
    assertThat(r.getReportRow()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(r.getGrounds()).containsExactly(OutcomeGround.RELEASED);
    assertThat(r.getItems()).extracting(ItemDecision::getItemId).containsExactly("a", "b");
  }

  @Test
  void released_and_withheld_is_counted_once_as_partially_released() {
    // Reg2019 Art.37; table 三（二）
    RequestDecision r =
        D.decideRequest(List.of(AssessedItem.of(Items.plain("a")), AssessedItem.of(Items.secret("b")), notHeld("c")), CTX);
    assertThat(r.getDisposition()).isEqualTo(Disposition.RELEASE_IN_PART);
    assertThat(r.getReportRow()).isEqualTo(OutcomeGround.PARTIALLY_RELEASED);
    assertThat(r.getGrounds())
        .containsExactly(OutcomeGround.WITHHELD_STATE_SECRET, OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
    // the Answered event records the request's row and the per-item detail (core.request.Answered)
    assertThat(r.toItemOutcomes())
        .extracting(io.github.gongkai.core.request.ItemOutcome::getGround)
        .containsExactly(OutcomeGround.RELEASED, OutcomeGround.WITHHELD_STATE_SECRET, OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
    assertThat(r.toItemOutcomes().get(1).getItemId()).isEqualTo("b");
  }

  @Test
  void an_item_released_in_part_makes_the_request_partial() {
    AssessedItem partial =
        AssessedItem.of(Items.privacy("p", "李某", ConsentState.OBJECTED), ItemAssessment.builder().separable(true).build());
    RequestDecision r = D.decideRequest(List.of(partial, notHeld("n")), CTX);
    assertThat(r.getReportRow()).isEqualTo(OutcomeGround.PARTIALLY_RELEASED);
  }

  @Test
  void all_refused_for_different_reasons_takes_the_earliest_row_of_table_three() {
    // precedence documented on RequestDecision: withheld （三） before cannot provide （四） before not processed （五）
    AssessedItem repeated = AssessedItem.of(Items.plain("r"), ItemAssessment.builder().repeated(true).build());
    AssessedItem process = AssessedItem.of(Items.process("p", ProcessInformationKind.DRAFT));
    AssessedItem internal = AssessedItem.of(Items.internal("i", InternalAffairsKind.PERSONNEL));
    RequestDecision r = D.decideRequest(List.of(repeated, notHeld("n"), process, internal), CTX);
    assertThat(r.getDisposition()).isEqualTo(Disposition.WITHHOLD);
    // （三）5 internal affairs comes before （三）6 process information
    assertThat(r.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);

    RequestDecision r2 = D.decideRequest(List.of(repeated, notHeld("n")), CTX);
    assertThat(r2.getDisposition()).isEqualTo(Disposition.CANNOT_PROVIDE);
    assertThat(r2.getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
  }

  @Test
  void on_the_same_row_the_disposition_is_deterministic() {
    // not held (Art.36(4), cannot provide) and another agency's (Art.36(5), refer elsewhere) share row （四）1
    AssessedItem other =
        AssessedItem.of(Items.plain("o"), ItemAssessment.builder().notThisAgency(true).build());
    RequestDecision a = D.decideRequest(List.of(other, notHeld("n")), CTX);
    RequestDecision b = D.decideRequest(List.of(notHeld("n"), other), CTX);
    assertThat(a.getReportRow()).isEqualTo(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
    assertThat(a.getDisposition()).isEqualTo(b.getDisposition()).isEqualTo(Disposition.CANNOT_PROVIDE);
  }

  @Test
  void a_provisional_item_makes_the_request_provisional() {
    AssessedItem pending = AssessedItem.of(Items.privacy("p", "王某", ConsentState.NOT_ASKED));
    RequestDecision r = D.decideRequest(List.of(AssessedItem.of(Items.plain("a")), pending), CTX);
    assertThat(r.isProvisional()).isTrue();
  }

  @Test
  void bad_combinations_are_rejected() {
    assertThatThrownBy(() -> RequestDecision.combine(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one");
    ItemDecision y2019 = ItemDecision.of("a", D.decide(Items.plain("a"), CTX));
    ItemDecision y2008 = ItemDecision.of("b", D.decide(Items.plain("b"), DecisionContext.of(LocalDate.of(2015, 1, 5))));
    assertThatThrownBy(() -> RequestDecision.combine(List.of(y2019, y2008)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("one regime");
    assertThatThrownBy(() -> ItemDecision.of(" ", y2019.getDecision())).isInstanceOf(InvalidValueException.class);
  }
}

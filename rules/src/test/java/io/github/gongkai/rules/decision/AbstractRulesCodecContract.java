package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.json.AbstractCodecContract;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.AbstractBindingContract;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.rules.deadline.DeadlineEngine;
import io.github.gongkai.rules.deadline.DeadlineInput;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract of rules' documents (decisions, decision input and context, policies, deadline
 * results, request status), run against each binding: gongkai-jackson2 and gongkai-jackson3 extend
 * it. Golden files under {@code src/test/resources/json/} are never edited.
 */
public abstract class AbstractRulesCodecContract extends AbstractBindingContract {
  static final DecisionContext CTX = DecisionContext.of(LocalDate.of(2024, 3, 1));

  private void writesAsGolden(Object value, String golden) {
    assertThat(tree(codec().write(value))).isEqualTo(tree(resource(golden)));
    assertThat(plainWrite(value)).isEqualTo(codec().write(value));
  }

  @Test
  void state_secret_decision_matches_the_golden_file() {
    DisclosureDecision d = DisclosureDecider.standard().decide(Items.secret("x"), CTX);
    writesAsGolden(d, "decision-v1-state-secret.json");
    assertThat(codec().read(resource("decision-v1-state-secret.json"), DisclosureDecision.class)).isEqualTo(d);
    assertThat(plainRead(resource("decision-v1-state-secret.json"), DisclosureDecision.class)).isEqualTo(d);
  }

  @Test
  void consultation_decision_matches_the_golden_file() {
    ItemAssessment a = ItemAssessment.builder().thirdPartyReplyDueDate(LocalDate.of(2024, 3, 22)).build();
    DisclosureDecision d =
        DisclosureDecider.standard().decide(Items.privacy("x", "王某", ConsentState.PENDING), a, CTX);
    writesAsGolden(d, "decision-v1-consultation.json");
    roundTrips(d, DisclosureDecision.class);
  }

  @Test
  void trace_entries_carry_the_rule_codes_of_the_table() {
    DisclosureDecision d = DisclosureDecider.standard().explain(Items.secret("x"), ItemAssessment.none(), CTX);
    String json = plainWrite(d);
    // every rule once, in table order, each trace entry starting with its code as a string
    int from = -1;
    for (DecisionRule r : DecisionRule.values()) {
      int at = json.indexOf("{\"rule\":\"" + r.getCode() + "\",", from + 1);
      assertThat(at).as(r.getCode()).isGreaterThan(from);
      from = at;
    }
    roundTrips(d, DisclosureDecision.class);
    String unknown = json.replace("\"rule\":\"state-secret\"", "\"rule\":\"state_secret\"");
    assertThatThrownBy(() -> codec().read(unknown, DisclosureDecision.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("must be one of petition-or-complaint, ")
        .hasMessageContaining("did you mean `state-secret`?");
  }

  @Test
  void request_status_writes_its_documented_shape() {
    RequestStatus s =
        Lifecycle.of(
            AbstractCodecContract.minimalRequest()
                .withEvent(Received.of(LocalDate.of(2019, 5, 14)))
                .withEvent(Answered.builder().date(LocalDate.of(2019, 5, 31)).outcome(OutcomeGround.RELEASED).build()),
            ChinaCalendars.official());
    writesAsGolden(s, "request-status-v1-full.json");
  }

  @Test
  void deadline_results_and_policies_read_and_write_on_plain_mappers() {
    DeadlineResult r =
        DeadlineEngine.of(ChinaCalendars.official())
            .compute(DeadlineInput.builder().receiptDate(LocalDate.of(2024, 2, 8)).build());
    assertThat(plainWrite(r)).isEqualTo(codec().write(r)).contains("\"receiptDate\":\"2024-02-08\"");
    roundTrips(DeadlinePolicy.defaults(), DeadlinePolicy.class);
    roundTrips(DecisionPolicy.defaults(), DecisionPolicy.class);
    roundTrips(CTX, DecisionContext.class);
    roundTrips(ItemAssessment.builder().separable(true).build(), ItemAssessment.class);
  }

  @Test
  void decision_input_reads_with_json_paths_in_errors() {
    String item = "{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"}";
    DecisionInput in =
        codec().read(
            "{\"item\":" + item + ",\"context\":{\"requestDate\":\"2015-06-01\",\"specialNeed\":\"not-shown\"}}",
            DecisionInput.class);
    assertThat(in.effectiveContext().getEffectiveRegime().getCode()).isEqualTo("2008");
    roundTrips(in, DecisionInput.class);
    assertThatThrownBy(
            () -> codec().read("{\"item\":" + item + ",\"context\":{\"regime\":\"2030\"}}", DecisionInput.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.context.regime"));
  }

  @Test
  void a_misspelt_assessment_field_is_refused_with_the_field_meant() {
    // "seperable": true used to be ignored, turning release-in-part into withhold (#12)
    String item = "{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"}";
    String json = "{\"item\":" + item + ",\"assessment\":{\"seperable\":true}}";
    assertThatThrownBy(() -> codec().read(json, DecisionInput.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("$.assessment.seperable: is not a field of ItemAssessment; did you mean `separable`?");
    assertThatThrownBy(() -> plainRead(json, DecisionInput.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("$.assessment.seperable: is not a field of ItemAssessment; did you mean `separable`?");
    // a resident ID typed into a mistyped field name never comes back whole
    String id = Fixtures.RESIDENT_ID;
    assertThatThrownBy(
            () -> codec().read("{\"item\":" + item + ",\"assessment\":{\"" + id + "\":true}}", DecisionInput.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageNotContaining(id);
  }
}

package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.core.json.GongkaiJson;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.item.ConsentState;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Golden JSON of decisions: stable codes and field names (STYLE.md §c "Keeping JSON stable"). */
class DecisionJsonTest {
  static final ObjectMapper MAPPER = GongkaiJson.newMapper();
  static final DecisionContext CTX = DecisionContext.of(LocalDate.of(2024, 3, 1));

  static JsonNode golden(String name) throws IOException {
    try (InputStream in = DecisionJsonTest.class.getResourceAsStream("/json/" + name)) {
      assertThat(in).as(name).isNotNull();
      return MAPPER.readTree(in);
    }
  }

  @Test
  void state_secret_decision_matches_the_golden_file() throws IOException {
    DisclosureDecision d = DisclosureDecider.standard().decide(Items.secret("x"), CTX);
    JsonNode actual = MAPPER.valueToTree(d);
    assertThat(actual).isEqualTo(golden("decision-v1-state-secret.json"));
    assertThat(MAPPER.treeToValue(golden("decision-v1-state-secret.json"), DisclosureDecision.class)).isEqualTo(d);
  }

  @Test
  void consultation_decision_matches_the_golden_file() throws IOException {
    ItemAssessment a = ItemAssessment.builder().thirdPartyReplyDueDate(LocalDate.of(2024, 3, 22)).build();
    DisclosureDecision d =
        DisclosureDecider.standard().decide(Items.privacy("x", "王某", ConsentState.PENDING), a, CTX);
    JsonNode actual = MAPPER.valueToTree(d);
    assertThat(actual).isEqualTo(golden("decision-v1-consultation.json"));
  }

  @Test
  void decision_input_reads_with_json_paths_in_errors() {
    DecisionInput in =
        GongkaiJson.read(
            "{\"item\":{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"},"
                + "\"context\":{\"requestDate\":\"2015-06-01\",\"specialNeed\":\"not-shown\"}}",
            DecisionInput.class);
    assertThat(in.effectiveContext().getEffectiveRegime().getCode()).isEqualTo("2008");
    assertThatThrownBy(
            () ->
                GongkaiJson.read(
                    "{\"item\":{\"id\":\"x\",\"title\":\"t\",\"producingAgency\":\"某局\",\"formedOn\":\"2024-01-01\"},"
                        + "\"context\":{\"regime\":\"2030\"}}",
                    DecisionInput.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("context.regime");
  }
}

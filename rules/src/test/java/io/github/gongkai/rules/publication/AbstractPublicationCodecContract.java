package io.github.gongkai.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.json.AbstractBindingContract;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.rules.deadline.Deadline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract of the publication documents (proactive items, 双公示 decisions, agenda lines,
 * the publication policy) and of the results written (deadlines, agendas), run against each
 * binding: gongkai-jackson2 and gongkai-jackson3 extend it. Golden files under {@code
 * src/test/resources/json/} are never edited.
 */
public abstract class AbstractPublicationCodecContract extends AbstractBindingContract {

  @Test
  void the_sample_item_reads_and_writes_back_as_its_golden_file() {
    PublicationItem item = codec().read(resource("publication-item-v1-sample.json"), PublicationItem.class);
    assertThat(item.getEvents()).hasSize(3);
    assertThat(item.getState()).isEqualTo(PublicationState.PUBLISHED);
    assertThat(tree(codec().write(item))).isEqualTo(tree(resource("publication-item-v1-sample.json")));
    assertThat(plainRead(resource("publication-item-v1-sample.json"), PublicationItem.class)).isEqualTo(item);
    roundTrips(item, PublicationItem.class);
  }

  @Test
  void the_sample_decision_reads_and_writes_back_as_its_golden_file() {
    EnforcementDecision d = codec().read(resource("enforcement-decision-v1-sample.json"), EnforcementDecision.class);
    assertThat(d.getParty().getDisplayName()).isEqualTo("王*");
    assertThat(d.getRevision()).isEqualTo(Revision.CHANGED);
    assertThat(tree(codec().write(d))).isEqualTo(tree(resource("enforcement-decision-v1-sample.json")));
    roundTrips(d, EnforcementDecision.class);
  }

  @Test
  void documents_are_read_strictly_with_the_json_path_of_the_fault() {
    String item = resource("publication-item-v1-sample.json");
    assertThatThrownBy(() -> codec().read(item.replace("\"catalogueClass\"", "\"catalogClass\""), PublicationItem.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.catalogClass"));
    assertThatThrownBy(() -> codec().read(item.replace("\"submitted\"", "\"approved\""), PublicationItem.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.events[1].kind"));
    assertThatThrownBy(() -> codec().read(item.replace("2024-10-09", "2024-10-32"), PublicationItem.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.events[1].date"));
    String decision = resource("enforcement-decision-v1-sample.json");
    assertThatThrownBy(() -> codec().read(decision.replace("\"kind\": \"penalty\"", "\"kind\": null"), EnforcementDecision.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.kind"));
    // a withdrawal before the publication is refused by the type's own rule, named in the message
    assertThatThrownBy(() -> codec().read(decision.replace("\"withdrawnOn\": \"2025-02-10\"", "\"withdrawnOn\": \"2025-02-07\""),
            EnforcementDecision.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("withdrawnOn");
  }

  @Test
  void an_agenda_line_names_what_it_holds() {
    String item = resource("publication-item-v1-sample.json");
    AgendaRecord r = codec().read("{\"item\":" + item + "}", AgendaRecord.class);
    assertThat(r.getItem()).isNotNull();
    roundTrips(r, AgendaRecord.class);
    AgendaRecord d = codec().read("{\"decision\":" + resource("enforcement-decision-v1-sample.json") + "}", AgendaRecord.class);
    assertThat(d.getDecision()).isNotNull();
    assertThatThrownBy(() -> codec().read(item, AgendaRecord.class)).isInstanceOf(JsonInputException.class);
    assertThatThrownBy(() -> codec().read("{}", AgendaRecord.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void the_policy_round_trips_and_results_write_their_due_date_and_trace() {
    PublicationPolicy p =
        PublicationPolicy.builder()
            .putClassWorkingDays("行政处罚", 10)
            .penaltyRoute(PublicationRoute.MARKET_REGULATION)
            .addExcludedCategories("检验检疫类")
            .build();
    roundTrips(p, PublicationPolicy.class);
    roundTrips(PublicationPolicy.defaults(), PublicationPolicy.class);
    assertThatThrownBy(() -> codec().read("{\"licenceWorkingDays\": 21}", PublicationPolicy.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("licenceWorkingDays");
    Deadline due = PublicationDeadlines.of(ChinaCalendars.official()).due(PublicationKind.WITHDRAWAL, LocalDate.of(2025, 1, 27));
    String json = codec().write(due);
    assertThat(json).contains("\"dueDate\":\"2025-02-07\"").contains("\"rule\":\"publication-withdrawal\"")
        .contains("\"citation\":\"《中华人民共和国行政处罚法》第四十八条\"");
    assertThat(plainWrite(due)).isEqualTo(json);
    Agenda a = PublicationTracker.of(ChinaCalendars.official())
        .agenda(LocalDate.of(2025, 2, 11), 2)
        // revised 02-06, not withdrawn: the withdrawal was due 02-10 (02-07, make-up 02-08, 02-10)
        .add(EnforcementDecision.builder()
            .from(codec().read(resource("enforcement-decision-v1-sample.json"), EnforcementDecision.class))
            .withdrawnOn(null)
            .build())
        // formed Fri 01-10: 01-13..01-17, 01-20..01-24, 01-26 (make-up), 01-27, 02-05..02-08, 02-10..02-13 -> due 02-13
        .add(PublicationItem.builder().id("I-1").title("t").formedOn(LocalDate.of(2025, 1, 10)).build())
        .build();
    String agenda = codec().write(a);
    assertThat(agenda).contains("\"asOf\":\"2025-02-11\"").contains("\"status\":\"due-soon\"")
        .contains("\"status\":\"overdue\"").contains("\"party\":\"王*\"").doesNotContain("王五");
    assertThat(plainWrite(a)).isEqualTo(agenda);
  }
}

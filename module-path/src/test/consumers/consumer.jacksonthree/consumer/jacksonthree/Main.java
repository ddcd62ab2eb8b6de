package consumer.jacksonthree;

import tools.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.jackson3.GongkaiJson;
import io.github.gongkai.rules.decision.DecisionContext;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.time.LocalDate;

/** Prints one line per result, {@code key=value}, for the test to check. */
public final class Main {
  private Main() {}

  private static final String REQUEST =
      "{\"schemaVersion\":1,\"id\":\"2024-0001\",\"agency\":\"江河市自然资源和规划局\","
          + "\"applicant\":{\"type\":\"natural-person\",\"name\":\"张三\",\"contacts\":{\"phone\":\"13812345678\"}},"
          + "\"channel\":\"online-platform\",\"submittedOn\":\"2024-09-27\","
          + "\"description\":\"东湖片区房屋征收补偿方案\",\"requestedForm\":\"electronic\",\"delivery\":\"email\","
          + "\"events\":[{\"type\":\"received\",\"date\":\"2024-09-27\"}]}";

  /**
   * Runs the checks.
   *
   * @param args ignored
   * @throws Exception if the mapper fails
   */
  public static void main(String[] args) {
    // the gongkai module's strict reader, through the JSON contract
    InformationRequest request = GongkaiJson.read(REQUEST, InformationRequest.class);
    System.out.println("read.id=" + request.getId());
    RequestStatus status = Lifecycle.of(request, ChinaCalendars.official());
    LocalDate due = status.getDueDate().orElseThrow();
    System.out.println("due=" + due);
    String written = GongkaiJson.write(request);
    System.out.println("roundTrip=" + GongkaiJson.read(written, InformationRequest.class).equals(request));
    try {
      GongkaiJson.read(REQUEST.replace("\"channel\"", "\"chanel\""), InformationRequest.class);
      System.out.println("misspelled=accepted");
    } catch (JsonInputException e) {
      System.out.println("misspelled.path=" + e.getPath());
    }

    // a plain mapper that finds the module through ServiceLoader writes a decision
    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    InformationItem item = InformationItem.builder().id("G-12").title("国有建设用地使用权出让合同")
        .producingAgency("江河市自然资源和规划局").formedOn(LocalDate.of(2023, 6, 1)).build();
    DisclosureDecision decision = DisclosureDecider.standard().decide(item, DecisionContext.of(due));
    String json = plain.writeValueAsString(decision);
    System.out.println("decision.json.disposition=" + json.contains("\"disposition\":\"release\""));
    System.out.println("decision.roundTrip=" + plain.readValue(json, DisclosureDecision.class).equals(decision));
    System.out.println("status.json=" + plain.writeValueAsString(status).contains("\"2024-10-30\""));
  }
}

package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.rules.deadline.Deadline;
import io.github.gongkai.rules.publication.PublicationDeadlines;
import io.github.gongkai.rules.publication.PublicationKind;
import io.github.gongkai.rules.publication.PublicationPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai publication-due}: the due date of a proactive publication, a 双公示 decision's
 * publication or a penalty decision's withdrawal, as JSON with its trace, on the bundled national
 * calendar.
 */
@Command(
    name = "publication-due",
    mixinStandardHelpOptions = true,
    description = {
      "Computes when information must be published: proactive information within 20 working days of"
          + " being formed or changed (2019 Art.26), licensing and penalty decisions within 7 working days"
          + " (国办发〔2015〕51号, policy; 20 for market-regulation penalties, 总局令第45号), withdrawal of a"
          + " changed or revoked penalty decision within 3 working days (行政处罚法 Art.48, Art.85). Prints"
          + " JSON with dueDate and an auditable trace.",
      "公开期限计算：主动公开、“双公示”行政许可和行政处罚决定公示、撤回已公开的行政处罚决定信息，输出含计算过程的JSON。"
    })
final class PublicationDueCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "The day the information was formed or changed, the decision made, or the decision changed or revoked (yyyy-mm-dd); not counted.")
  String from = "";

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "proactive, licence, penalty or withdrawal.")
  String kind = "";

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "The agency's limit in working days: stricter than the binding one for proactive information (at most 20, e.g. a local 15), market-regulation penalties (20) and withdrawal (3); for licence and penalty decisions under 国办发〔2015〕51号, whose 7 days are policy, 1 to 20.")
  @Nullable Integer limit;


  @CommandLine.Mixin PublicationOptions publication = new PublicationOptions();

  @Override
  public Integer call() throws JsonProcessingException {
    CliText text = CliText.of(spec);
    LocalDate start = date(text, "--from", from);
    PublicationKind k = PublicationKind.ofCode(kind.trim());
    PublicationPolicy policy = publication.policy().build();
    if (limit != null) {
      policy = policy.withLimit(k, limit);
    }
    Deadline due = PublicationDeadlines.of(ChinaCalendars.official(), policy).due(k, start);

    ObjectMapper mapper = GongkaiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode json = mapper.createObjectNode();
    json.put("kind", k.getCode());
    json.put("from", start.toString());
    if (k == PublicationKind.PENALTY || k == PublicationKind.WITHDRAWAL) {
      json.put("route", policy.getPenaltyRoute().getCode());
    }
    json.setAll((ObjectNode) mapper.valueToTree(due));
    spec.commandLine().getOut().println(mapper.writeValueAsString(json));
    return ExitCodes.OK;
  }

  static LocalDate date(CliText text, String option, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(option, value, text.get("option.date"));
    }
  }
}

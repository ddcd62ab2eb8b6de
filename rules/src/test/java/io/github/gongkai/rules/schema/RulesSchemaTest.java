package io.github.gongkai.rules.schema;

import io.github.gongkai.core.schema.AbstractSchemaContract;
import io.github.gongkai.core.schema.SchemaSupport;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.rules.decision.AppliedGround;
import io.github.gongkai.rules.decision.AssessedItem;
import io.github.gongkai.rules.decision.DecisionContext;
import io.github.gongkai.rules.decision.DecisionInput;
import io.github.gongkai.rules.decision.DecisionPolicy;
import io.github.gongkai.rules.decision.DecisionRule;
import io.github.gongkai.rules.decision.DiscretionRecord;
import io.github.gongkai.rules.decision.DiscretionaryChoice;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.Disposition;
import io.github.gongkai.rules.decision.ExcessiveRequestFinding;
import io.github.gongkai.rules.decision.ExemptionNature;
import io.github.gongkai.rules.decision.ItemAssessment;
import io.github.gongkai.rules.decision.PublicInterestOverride;
import io.github.gongkai.rules.decision.RequiredStep;
import io.github.gongkai.rules.decision.SpecialNeedFinding;
import io.github.gongkai.rules.decision.StepKind;
import io.github.gongkai.rules.decision.TraceEntry;
import io.github.gongkai.rules.deadline.ConsultationSpan;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.deadline.DeadlineRule;
import io.github.gongkai.rules.deadline.DeadlineStep;
import io.github.gongkai.rules.deadline.Pause;
import io.github.gongkai.rules.deadline.PauseKind;
import io.github.gongkai.rules.deadline.RestDayReceipt;
import io.github.gongkai.rules.lifecycle.RequestState;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.rules.publication.AgendaRecord;
import io.github.gongkai.rules.publication.EnforcementDecision;
import io.github.gongkai.rules.publication.EnforcementKind;
import io.github.gongkai.rules.publication.ExclusionReason;
import io.github.gongkai.rules.publication.Party;
import io.github.gongkai.rules.publication.PartyType;
import io.github.gongkai.rules.publication.PublicationEvent;
import io.github.gongkai.rules.publication.PublicationEventKind;
import io.github.gongkai.rules.publication.PublicationItem;
import io.github.gongkai.rules.publication.PublicationPolicy;
import io.github.gongkai.rules.publication.PublicationRoute;
import io.github.gongkai.rules.publication.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of the decision documents: the decision input (the {@code decide} command's
 * document), its context and policy, and the disclosure decision gongkai writes. Same checks as
 * for the core schemas: meta-schema, {@code $ref}s, enum lists from the Java enums, properties and
 * required fields from the Java types, golden files, negative cases.
 */
class RulesSchemaTest extends AbstractSchemaContract {
  private static final Path GOLDEN = Path.of("src/test/resources/json");
  private static final String INPUT = "decision-input.schema.json";
  private static final String CONTEXT = "decision-context.schema.json";
  private static final String POLICY = "decision-policy.schema.json";
  private static final String DECISION = "disclosure-decision.schema.json";
  private static final String DEADLINE_POLICY = "deadline-policy.schema.json";
  private static final String STATUS = "request-status.schema.json";
  private static final String AGENDA_RECORD = "agenda-record.schema.json";
  private static final String ENFORCEMENT_DECISION = "enforcement-decision.schema.json";
  private static final String PUBLICATION_ITEM = "publication-item.schema.json";
  private static final String PUBLICATION_POLICY = "publication-policy.schema.json";

  /** A decision input of every part: one item, an assessment, a context and a policy. */
  private static final String ONE_ITEM =
      """
      {
        "schemaVersion": 1,
        "item": {
          "id": "11350100M-2024-00031",
          "title": "某地块国有土地上房屋征收分户补偿明细",
          "producingAgency": "某市某区住房和城乡建设局",
          "formedOn": "2024-01-20",
          "thirdPartyInterests": [
            { "kind": "personal-privacy", "thirdParty": "被征收人李某", "consent": "objected" }
          ]
        },
        "assessment": { "separable": true, "thirdPartyHarm": null, "responsibleAgency": "某局" },
        "context": { "requestDate": "2024-03-01", "applicantType": "natural-person", "excessiveRequest": "reasonable" },
        "policy": { "defaultDiscretionaryChoice": "disclose", "notGovernmentInformationRow": "cannot-provide-not-held" }
      }
      """;

  /** A decision input over several items. */
  private static final String MANY_ITEMS =
      """
      {
        "items": [
          { "item": { "id": "A-1", "title": "某批复", "producingAgency": "某局", "formedOn": "2023-11-02" } },
          { "item": { "id": "A-2", "title": "某纪要", "producingAgency": "某局", "formedOn": "2023-10-20",
                      "processInformationKind": "discussion-record" },
            "assessment": { "discretionaryChoice": "withhold" } }
        ],
        "context": { "regime": "2019" }
      }
      """;

  RulesSchemaTest() {
    super("rules", List.of(AGENDA_RECORD, DEADLINE_POLICY, CONTEXT, INPUT, POLICY, DECISION,
        ENFORCEMENT_DECISION, PUBLICATION_ITEM, PUBLICATION_POLICY, STATUS));
  }

  static Stream<Arguments> goldenFiles() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (!n.startsWith("decision-") && !n.startsWith("request-status-")
            && !n.startsWith("publication-item-") && !n.startsWith("enforcement-decision-")) {
          throw new AssertionError("golden file " + n + " has no schema: map it here");
        }
        out.add(Arguments.of(n));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void everyGoldenFileValidates(String file) {
    String schema = file.startsWith("request-status-") ? STATUS
        : file.startsWith("publication-item-") ? PUBLICATION_ITEM
        : file.startsWith("enforcement-decision-") ? ENFORCEMENT_DECISION
        : DECISION;
    JsonNode document = SchemaSupport.read(GOLDEN.resolve(file));
    assertThat(errors(schema, document)).isEmpty();
    if (!schema.equals(DECISION) && !schema.equals(STATUS)) {
      // an agenda line holds the document under the field naming its kind
      String field = schema.equals(PUBLICATION_ITEM) ? "item" : "decision";
      com.fasterxml.jackson.databind.node.ObjectNode line =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      line.set(field, document);
      assertThat(errors(AGENDA_RECORD, line)).isEmpty();
    }
  }

  @Test
  void theSampleInputsValidate() {
    assertThat(errors(INPUT, SchemaSupport.parse(ONE_ITEM))).isEmpty();
    assertThat(errors(INPUT, SchemaSupport.parse(MANY_ITEMS))).isEmpty();
    assertThat(errors(CONTEXT, SchemaSupport.parse(ONE_ITEM).get("context"))).isEmpty();
    assertThat(errors(POLICY, SchemaSupport.parse(ONE_ITEM).get("policy"))).isEmpty();
  }

  /**
   * The rule codes are not listed in the schema (a rule is added by its entry of the rule table
   * alone); its pattern accepts every code of the table, and only codes of that form.
   */
  @Test
  void theRuleCodePatternAcceptsEveryRuleOfTheTable() {
    String pointer = "/$defs/traceEntry/properties/rule";
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile(SchemaSupport.tree(DECISION).at(pointer + "/pattern").asText());
    assertThat(DecisionRule.values()).isNotEmpty().allSatisfy(r -> assertThat(p.matcher(r.getCode()).find()).as(r.getCode()).isTrue());
    for (String bad : List.of("State-Secret", "state_secret", "state-secret ", "-release", "")) {
      assertThat(p.matcher(bad).find()).as(bad).isFalse();
    }
  }

  @Override
  protected Map<String, List<String>> expectedEnums() {
    Map<String, List<String>> e = new LinkedHashMap<>();
    e.put(CONTEXT + "#/properties/excessiveRequest/anyOf/0", codes(ExcessiveRequestFinding.class));
    e.put(CONTEXT + "#/properties/specialNeed/anyOf/0", codes(SpecialNeedFinding.class));
    e.put(POLICY + "#/properties/defaultDiscretionaryChoice", codes(DiscretionaryChoice.class));
    e.put(POLICY + "#/properties/notGovernmentInformationRow", codes(OutcomeGround.class, g -> {
      try {
        DecisionPolicy.builder().notGovernmentInformationRow(g).build();
        return true;
      } catch (GongkaiException ex) {
        return false;
      }
    }));
    e.put(INPUT + "#/$defs/itemAssessment/properties/discretionaryChoice/anyOf/0", codes(DiscretionaryChoice.class));
    e.put(DECISION + "#/properties/disposition", codes(Disposition.class));
    e.put(DECISION + "#/properties/nature", codes(ExemptionNature.class));
    e.put(DECISION + "#/$defs/appliedGround/properties/nature", codes(ExemptionNature.class));
    e.put(DECISION + "#/$defs/requiredStep/properties/kind", codes(StepKind.class));
    e.put(DECISION + "#/$defs/discretionRecord/properties/choice", codes(DiscretionaryChoice.class));
    e.put(DEADLINE_POLICY + "#/properties/restDayReceipt", codes(RestDayReceipt.class));
    e.put(DEADLINE_POLICY + "#/properties/consultationSpan", codes(ConsultationSpan.class));
    e.put(STATUS + "#/properties/state", codes(RequestState.class));
    e.put(STATUS + "#/$defs/pause/properties/kind", codes(PauseKind.class));
    e.put(STATUS + "#/$defs/deadlineStep/properties/rule", codes(DeadlineRule.class));
    e.put(PUBLICATION_ITEM + "#/$defs/publicationEvent/properties/kind", codes(PublicationEventKind.class));
    e.put(PUBLICATION_ITEM + "#/$defs/publicationEvent/properties/medium/anyOf/0", codes(PublicationMedium.class));
    e.put(ENFORCEMENT_DECISION + "#/properties/kind", codes(EnforcementKind.class));
    e.put(ENFORCEMENT_DECISION + "#/properties/withheld/anyOf/0", codes(ExclusionReason.class));
    e.put(ENFORCEMENT_DECISION + "#/properties/revision/anyOf/0", codes(Revision.class));
    e.put(ENFORCEMENT_DECISION + "#/$defs/party/properties/type", codes(PartyType.class));
    e.put(PUBLICATION_POLICY + "#/properties/penaltyRoute", codes(PublicationRoute.class));
    return e;
  }

  /**
   * Required beyond the abstract attributes, named in the extra set: lists that must not be empty,
   * and the notes a deadline step formats when it is written.
   */
  @Override
  protected Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(INPUT, "", DecisionInput.class, Set.of()),
        Arguments.of(INPUT, "/$defs/itemAssessment", ItemAssessment.class, Set.of()),
        Arguments.of(INPUT, "/$defs/assessedItem", AssessedItem.class, Set.of()),
        Arguments.of(CONTEXT, "", DecisionContext.class, Set.of()),
        Arguments.of(POLICY, "", DecisionPolicy.class, Set.of()),
        Arguments.of(DECISION, "", DisclosureDecision.class, Set.of("grounds", "legalBases")),
        Arguments.of(DECISION, "/$defs/appliedGround", AppliedGround.class, Set.of("legalBases")),
        Arguments.of(DECISION, "/$defs/requiredStep", RequiredStep.class, Set.of()),
        Arguments.of(DECISION, "/$defs/discretionRecord", DiscretionRecord.class, Set.of()),
        Arguments.of(DECISION, "/$defs/publicInterestOverride", PublicInterestOverride.class, Set.of()),
        Arguments.of(DECISION, "/$defs/traceEntry", TraceEntry.class, Set.of()),
        Arguments.of(DEADLINE_POLICY, "", DeadlinePolicy.class, Set.of()),
        Arguments.of(STATUS, "/$defs/deadlineResult", DeadlineResult.class, Set.of()),
        Arguments.of(STATUS, "/$defs/pause", Pause.class, Set.of()),
        Arguments.of(STATUS, "/$defs/deadlineStep", DeadlineStep.class, Set.of("note", "noteZh")),
        Arguments.of(PUBLICATION_ITEM, "", PublicationItem.class, Set.of()),
        Arguments.of(PUBLICATION_ITEM, "/$defs/publicationEvent", PublicationEvent.class, Set.of()),
        Arguments.of(ENFORCEMENT_DECISION, "", EnforcementDecision.class, Set.of()),
        Arguments.of(ENFORCEMENT_DECISION, "/$defs/party", Party.class, Set.of()),
        Arguments.of(AGENDA_RECORD, "", AgendaRecord.class, Set.of()),
        Arguments.of(PUBLICATION_POLICY, "", PublicationPolicy.class, Set.of()));
  }

  @Override
  protected Stream<Arguments> negativeCases() {
    return casesFromTable(
        Path.of("src/test/resources/schema/negative-cases.tsv"),
        name -> switch (name) {
          case "one-item" -> SchemaSupport.parse(ONE_ITEM);
          case "many-items" -> SchemaSupport.parse(MANY_ITEMS);
          default -> SchemaSupport.read(GOLDEN.resolve(name));
        });
  }
}

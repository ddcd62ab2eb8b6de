package io.github.gongkai.rules.schema;

import io.github.gongkai.core.schema.SchemaSupport;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static io.github.gongkai.core.schema.SchemaSupport.with;
import static io.github.gongkai.core.schema.SchemaSupport.without;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
class RulesSchemaTest {
  private static final Path GOLDEN = Path.of("src/test/resources/json");
  private static final String INPUT = "decision-input.schema.json";
  private static final String CONTEXT = "decision-context.schema.json";
  private static final String POLICY = "decision-policy.schema.json";
  private static final String DECISION = "disclosure-decision.schema.json";

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

  static List<String> shipped() {
    return SchemaSupport.shipped("rules");
  }

  @Test
  void rulesShipsTheDecisionSchemas() {
    assertThat(shipped()).containsExactly(CONTEXT, INPUT, POLICY, DECISION);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void schemaIsValidAgainstTheMetaSchemaAndEveryRefResolves(String name) {
    JsonNode s = SchemaSupport.tree(name);
    assertThat(s.path("$schema").asText()).isEqualTo(SchemaSupport.META);
    assertThat(s.path("$id").asText()).isEqualTo(SchemaSupport.BASE + name);
    assertThat(s.path("title").asText()).as("title names the Chinese term").containsPattern("\\p{IsHan}");
    assertThat(s.path("description").asText()).isNotBlank();
    assertThat(SchemaSupport.metaSchemaErrors(name)).isEmpty();
    assertThat(SchemaSupport.unresolvedRefs(name)).isEmpty();
    assertThat(SchemaSupport.schema(name)).isNotNull();
  }

  static Stream<Arguments> goldenFiles() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith("request-status-")) {
          continue; // RequestStatus is written, never read from clients: no schema published yet
        }
        if (!n.startsWith("decision-")) {
          throw new AssertionError("golden file " + n + " has no schema: map it here");
        }
        out.add(Arguments.of(n));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void everyGoldenDecisionValidates(String file) {
    assertThat(errors(DECISION, SchemaSupport.read(GOLDEN.resolve(file)))).isEmpty();
  }

  @Test
  void theSampleInputsValidate() {
    assertThat(errors(INPUT, SchemaSupport.parse(ONE_ITEM))).isEmpty();
    assertThat(errors(INPUT, SchemaSupport.parse(MANY_ITEMS))).isEmpty();
    assertThat(errors(CONTEXT, SchemaSupport.parse(ONE_ITEM).get("context"))).isEmpty();
    assertThat(errors(POLICY, SchemaSupport.parse(ONE_ITEM).get("policy"))).isEmpty();
  }

  static Map<String, List<String>> expectedEnums() {
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
    e.put(DECISION + "#/$defs/traceEntry/properties/rule", codes(DecisionRule.class));
    return e;
  }

  @Test
  void everyEnumListEqualsTheJavaCodes() {
    Map<String, List<String>> expected = expectedEnums();
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String name : shipped()) {
      SchemaSupport.enums(name).forEach((pointer, values) -> found.put(name + "#" + pointer, values));
    }
    assertThat(found.keySet()).as("every enum list of the schemas has its Java source in this test")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((where, codes) -> assertThat(found.get(where)).as(where).containsExactlyElementsOf(codes));
  }

  static Stream<Arguments> shapes() {
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
        Arguments.of(DECISION, "/$defs/traceEntry", TraceEntry.class, Set.of()));
  }

  /** Properties are the Java type's JSON properties; required what its builder requires, plus lists that must not be empty. */
  @ParameterizedTest(name = "{0}#{1}")
  @MethodSource("shapes")
  void propertiesAndRequiredFieldsMatchTheJavaType(String schema, String pointer, Class<?> type, Set<String> extra) {
    SchemaSupport.Shape java = SchemaSupport.shape(type);
    SchemaSupport.Shape json = SchemaSupport.shape(schema, pointer);
    TreeSet<String> required = new TreeSet<>(java.required());
    required.addAll(extra);
    assertThat(json.properties()).as("properties").containsExactlyElementsOf(java.properties());
    assertThat(json.required()).as("required").containsExactlyElementsOf(required);
    assertThat(SchemaSupport.tree(schema).at(pointer).path("additionalProperties").asBoolean(true))
        .as("additionalProperties").isFalse();
  }

  static Stream<Arguments> negativeCases() {
    JsonNode one = SchemaSupport.parse(ONE_ITEM);
    JsonNode many = SchemaSupport.parse(MANY_ITEMS);
    JsonNode context = one.get("context");
    JsonNode policy = one.get("policy");
    JsonNode decision = SchemaSupport.read(GOLDEN.resolve("decision-v1-consultation.json"));
    return Stream.of(
        Arguments.of("input: misspelled assessment field", INPUT, with(one, "/assessment/seperable", "true")),
        Arguments.of("input: unknown field", INPUT, with(one, "/explain", "true")),
        Arguments.of("input: wrong type", INPUT, with(one, "/assessment/separable", "\"yes\"")),
        Arguments.of("input: item missing required", INPUT, without(one, "/item/title")),
        Arguments.of("input: neither item nor items", INPUT, without(one, "/item")),
        Arguments.of("input: empty items", INPUT, with(without(one, "/item"), "/items", "[]")),
        Arguments.of("input: both item and items", INPUT, with(one, "/items", many.get("items").toString())),
        Arguments.of("input: assessment beside items", INPUT, with(many, "/assessment", "{\"notHeld\":true}")),
        Arguments.of("input: bad enum code", INPUT, with(one, "/context/applicantType", "\"alien\"")),
        Arguments.of("input: bad choice", INPUT, with(one, "/assessment/discretionaryChoice", "\"maybe\"")),
        Arguments.of("input: bad date", INPUT, with(one, "/context/requestDate", "\"2024-02-30\"")),
        Arguments.of("input: bad date in assessment", INPUT, with(one, "/assessment/thirdPartyReplyDueDate", "\"tomorrow\"")),
        Arguments.of("input: newer schemaVersion", INPUT, with(one, "/schemaVersion", "2")),
        Arguments.of("input: blank responsible agency", INPUT, with(one, "/assessment/responsibleAgency", "\" \"")),
        Arguments.of("input: unknown field in an item entry", INPUT, with(many, "/items/0/note", "\"x\"")),
        Arguments.of("input: item entry without item", INPUT, without(many, "/items/0/item")),
        Arguments.of("input: item of a newer schemaVersion", INPUT, with(one, "/item/schemaVersion", "2")),
        Arguments.of("context: unknown field", CONTEXT, with(context, "/requestdate", "\"2024-03-01\"")),
        Arguments.of("context: wrong type", CONTEXT, with(context, "/petitionOrComplaint", "1")),
        Arguments.of("context: bad enum code", CONTEXT, with(context, "/specialNeed", "\"obvious\"")),
        Arguments.of("context: bad regime", CONTEXT, with(context, "/regime", "\"2020\"")),
        Arguments.of("context: bad date", CONTEXT, with(context, "/requestDate", "\"01/03/2024\"")),
        Arguments.of("context: neither date nor regime", CONTEXT, without(context, "/requestDate")),
        Arguments.of("context: null date and no regime", CONTEXT, with(context, "/requestDate", "null")),
        Arguments.of("policy: unknown field", POLICY, with(policy, "/strict", "true")),
        Arguments.of("policy: wrong type", POLICY, with(policy, "/presumeThirdPartyHarm", "\"true\"")),
        Arguments.of("policy: bad enum code", POLICY, with(policy, "/defaultDiscretionaryChoice", "\"ask\"")),
        Arguments.of("policy: row the policy refuses", POLICY, with(policy, "/notGovernmentInformationRow", "\"released\"")),
        Arguments.of("decision: unknown field", DECISION, with(decision, "/summary", "\"x\"")),
        Arguments.of("decision: wrong type", DECISION, with(decision, "/provisional", "\"yes\"")),
        Arguments.of("decision: missing required", DECISION, without(decision, "/disposition")),
        Arguments.of("decision: no grounds", DECISION, with(decision, "/grounds", "[]")),
        Arguments.of("decision: bad enum code", DECISION, with(decision, "/disposition", "\"maybe\"")),
        Arguments.of("decision: bad report row", DECISION, with(decision, "/reportRow", "\"withheld\"")),
        Arguments.of("decision: bad step date", DECISION, with(decision, "/steps/0/dueDate", "\"2024-03-32\"")),
        Arguments.of("decision: bad step kind", DECISION, with(decision, "/steps/0/kind", "\"pray\"")),
        Arguments.of("decision: provisional without a blocking step", DECISION,
            with(decision, "/steps/0/blocking", "false")),
        Arguments.of("decision: final with a blocking step", DECISION, with(decision, "/provisional", "false")),
        Arguments.of("decision: paragraph without article", DECISION,
            with(without(decision, "/legalBases/0/article"), "/legalBases/0/paragraph", "1")),
        Arguments.of("decision: 2008 instrument under 2019", DECISION,
            with(decision, "/legalBases/0/instrument", "\"OGI-2008\"")),
        Arguments.of("decision: article 0", DECISION, with(decision, "/legalBases/0/article", "0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void everyNegativeCaseFails(String name, String schema, JsonNode document) {
    assertThat(errors(schema, document)).isNotEmpty();
  }
}

package io.github.gongkai.core.schema;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static io.github.gongkai.core.schema.SchemaSupport.with;
import static io.github.gongkai.core.schema.SchemaSupport.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterest;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import io.github.gongkai.core.json.SchemaVersion;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.LitigationRoute;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Art35DeadlineSet;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.EventKind;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import io.github.gongkai.core.request.Withdrawn;
import io.github.gongkai.core.LegalBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of the core documents (requests, items, review and litigation cases, shared
 * definitions): valid against the 2020-12 meta-schema, every {@code $ref} resolving, every enum list
 * equal to the Java codes, properties and required fields equal to the Java types, every golden
 * file accepted (the deliberately unknown-field one refused) and every negative case refused.
 */
class CoreSchemaTest {
  private static final Path GOLDEN = Path.of("src/test/resources/json");
  private static final String COMMON = "common.schema.json";
  private static final String REQUEST = "information-request.schema.json";
  private static final String ITEM = "information-item.schema.json";
  private static final String REVIEW = "review-case.schema.json";
  private static final String LITIGATION = "litigation-case.schema.json";
  private static final String REMEDY = "remedy-case.schema.json";
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  static List<String> shipped() {
    return SchemaSupport.shipped("core");
  }

  @Test
  void coreShipsOneSchemaPerDocumentTypeAndTheSharedDefinitions() {
    assertThat(shipped()).containsExactly(COMMON, ITEM, REQUEST, LITIGATION, REMEDY, REVIEW);
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

  @Test
  void theMetaSchemaCheckRefusesABrokenSchema() {
    JsonNode broken = with(SchemaSupport.tree(REVIEW), "/properties/id/type", "\"strin\"");
    assertThat(SchemaSupport.metaSchemaErrors(broken)).isNotEmpty();
    assertThat(SchemaSupport.metaSchemaErrors(with(broken, "/properties/id/type", "\"string\""))).isEmpty();
  }

  static Stream<Arguments> goldenFiles() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        String schema =
            n.startsWith("request-") ? REQUEST
                : n.startsWith("item-") ? ITEM
                : n.startsWith("review-case-") ? REVIEW
                : n.startsWith("litigation-case-") ? LITIGATION
                : null;
        if (schema == null) {
          throw new AssertionError("golden file " + n + " has no schema: map it here");
        }
        out.add(Arguments.of(n, schema, !n.contains("unknown-fields")));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void everyGoldenFileValidatesAndTheUnknownFieldsOneDoesNot(String file, String schema, boolean valid) {
    List<String> errors = errors(schema, SchemaSupport.read(GOLDEN.resolve(file)));
    if (valid) {
      assertThat(errors).isEmpty();
    } else {
      assertThat(errors).anyMatch(e -> e.contains("wechat") || e.contains("addedInALaterVersion"));
    }
  }

  @Test
  void aRemedyRecordIsALitigationCaseWhenItHasARouteElseAReviewCase() {
    JsonNode review = SchemaSupport.read(GOLDEN.resolve("review-case-v1.json"));
    JsonNode litigation = SchemaSupport.read(GOLDEN.resolve("litigation-case-v1.json"));
    assertThat(errors(REMEDY, review)).isEmpty();
    assertThat(errors(REMEDY, litigation)).isEmpty();
    assertThat(errors(REMEDY, without(litigation, "/route"))).isNotEmpty(); // reviewCaseId is not a review field
    assertThat(errors(REMEDY, with(review, "/route", "\"sideways\""))).isNotEmpty();
  }

  /** The codes each enum list of the core schemas must hold, computed from the Java enums. */
  static Map<String, List<String>> expectedEnums() {
    Map<String, List<String>> e = new LinkedHashMap<>();
    e.put(COMMON + "#/$defs/regime", codes(Regime.class));
    e.put(COMMON + "#/$defs/outcomeGround", codes(OutcomeGround.class));
    e.put(COMMON + "#/$defs/applicantType", codes(ApplicantType.class));
    e.put(COMMON + "#/$defs/legalInstrument", codes(LegalInstrument.class));
    e.put(COMMON + "#/$defs/legalBasis/allOf/0/then/properties/instrument",
        codes(LegalInstrument.class, i -> i.appliesTo(Regime.R2008)));
    e.put(COMMON + "#/$defs/legalBasis/allOf/1/then/properties/instrument",
        codes(LegalInstrument.class, i -> i.appliesTo(Regime.R2019)));

    e.put(REQUEST + "#/properties/channel", codes(Channel.class));
    e.put(REQUEST + "#/properties/requestedForm", codes(InformationForm.class));
    e.put(REQUEST + "#/properties/delivery", codes(DeliveryMethod.class));
    e.put(REQUEST + "#/$defs/identityProof/properties/documentType", codes(IdentityDocumentType.class));
    e.put(REQUEST + "#/$defs/applicant/allOf/0/if/properties/type",
        codes(ApplicantType.class, ApplicantType::isOrganization));
    e.put(REQUEST + "#/$defs/applicant/allOf/0/then/properties/identityProof/properties/documentType",
        codes(IdentityDocumentType.class, IdentityDocumentType::isForOrganizations));
    e.put(REQUEST + "#/$defs/applicant/allOf/0/else/properties/identityProof/properties/documentType",
        codes(IdentityDocumentType.class, IdentityDocumentType::isForNaturalPersons));
    e.put(REQUEST + "#/$defs/thirdPartyReplied/properties/position", codes(ThirdPartyPosition.class));
    e.put(REQUEST + "#/$defs/feeNoticeIssued/properties/method", codes(FeeMethod.class));
    e.put(REQUEST + "#/$defs/answered/properties/outcome", codes(OutcomeGround.class, accepted(g ->
        Answered.builder().date(DAY).outcome(g).addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED)).build())));
    e.put(REQUEST + "#/$defs/deemedAbandoned/properties/ground",
        codes(OutcomeGround.class, accepted(g -> DeemedAbandoned.of(DAY, g))));

    e.put(ITEM + "#/properties/proactiveCategory/anyOf/0", codes(ProactiveCategory.class));
    e.put(ITEM + "#/properties/internalAffairsKind/anyOf/0", codes(InternalAffairsKind.class));
    e.put(ITEM + "#/properties/processInformationKind/anyOf/0", codes(ProcessInformationKind.class));
    e.put(ITEM + "#/properties/specialAccessRoute/anyOf/0", codes(SpecialAccessRoute.class));
    e.put(ITEM + "#/$defs/secrecyMarking/properties/level", codes(SecrecyLevel.class));
    e.put(ITEM + "#/$defs/thirdPartyInterest/properties/kind", codes(ThirdPartyInterestKind.class));
    e.put(ITEM + "#/$defs/thirdPartyInterest/properties/consent", codes(ConsentState.class));
    e.put(ITEM + "#/$defs/publication/properties/medium", codes(PublicationMedium.class));

    e.put(REVIEW + "#/properties/result", codes(CaseResult.class));
    e.put(LITIGATION + "#/properties/result", codes(CaseResult.class));
    e.put(LITIGATION + "#/properties/route", codes(LitigationRoute.class));
    return e;
  }

  /** The constants for which building succeeds: the builder's own rule, not a copy of it. */
  static <E> Predicate<E> accepted(java.util.function.Function<E, ?> build) {
    return g -> {
      try {
        build.apply(g);
        return true;
      } catch (GongkaiException ex) {
        return false;
      }
    };
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

  @Test
  void theEventUnionHasOneBranchPerEventKindToldApartByItsTypeConst() {
    JsonNode schema = SchemaSupport.tree(REQUEST);
    List<String> consts = new ArrayList<>();
    for (JsonNode branch : schema.at("/$defs/event/oneOf")) {
      String def = branch.path("$ref").asText().replace("#", "");
      JsonNode event = schema.at(def);
      consts.add(event.at("/properties/type/const").asText());
      assertThat(event.path("required")).as(def).anyMatch(r -> r.asText().equals("type"));
    }
    assertThat(consts).containsExactlyElementsOf(codes(EventKind.class));
  }

  @Test
  void schemaVersionAllowsExactlyTheVersionsTheLibraryReads() {
    JsonNode v = SchemaSupport.tree(COMMON).at("/$defs/schemaVersion");
    assertThat(v.path("minimum").asInt()).isEqualTo(1);
    assertThat(v.path("maximum").asInt()).isEqualTo(SchemaVersion.CURRENT);
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(REQUEST, "", InformationRequest.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/applicant", Applicant.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/contacts", Contacts.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/identityProof", IdentityProof.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/itemOutcome", ItemOutcome.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/received", Received.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/correctionRequested", CorrectionRequested.class, Set.of("type", "items")),
        Arguments.of(REQUEST, "/$defs/corrected", Corrected.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/thirdPartyConsultationSent", ThirdPartyConsultationSent.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/thirdPartyReplied", ThirdPartyReplied.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/agencyConsultationSent", AgencyConsultationSent.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/agencyConsultationReplied", AgencyConsultationReplied.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/extensionApproved", ExtensionApproved.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/art35DeadlineSet", Art35DeadlineSet.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/feeNoticeIssued", FeeNoticeIssued.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/feePaid", FeePaid.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/answered", Answered.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/withdrawn", Withdrawn.class, Set.of("type")),
        Arguments.of(REQUEST, "/$defs/deemedAbandoned", DeemedAbandoned.class, Set.of("type")),
        Arguments.of(ITEM, "", InformationItem.class, Set.of()),
        Arguments.of(ITEM, "/$defs/secrecyMarking", SecrecyMarking.class, Set.of()),
        Arguments.of(ITEM, "/$defs/thirdPartyInterest", ThirdPartyInterest.class, Set.of()),
        Arguments.of(ITEM, "/$defs/publication", Publication.class, Set.of()),
        Arguments.of(REVIEW, "", ReviewCase.class, Set.of()),
        Arguments.of(LITIGATION, "", LitigationCase.class, Set.of()),
        Arguments.of(COMMON, "/$defs/legalBasis", LegalBasis.class, Set.of()));
  }

  /**
   * Properties are the Java type's JSON properties; required are what its builder requires, plus
   * the event discriminator and lists that must not be empty (named here).
   */
  @ParameterizedTest(name = "{0}#{1}")
  @MethodSource("shapes")
  void propertiesAndRequiredFieldsMatchTheJavaType(String schema, String pointer, Class<?> type, Set<String> extra) {
    SchemaSupport.Shape java = SchemaSupport.shape(type);
    SchemaSupport.Shape json = SchemaSupport.shape(schema, pointer);
    TreeSet<String> properties = new TreeSet<>(java.properties());
    TreeSet<String> required = new TreeSet<>(java.required());
    if (extra.contains("type")) {
      properties.add("type");
    }
    required.addAll(extra);
    assertThat(json.properties()).as("properties").containsExactlyElementsOf(properties);
    assertThat(json.required()).as("required").containsExactlyElementsOf(required);
    assertThat(SchemaSupport.tree(schema).at(pointer).path("additionalProperties").asBoolean(true))
        .as("additionalProperties").isFalse();
  }

  static Stream<Arguments> negativeCases() {
    JsonNode request = SchemaSupport.read(GOLDEN.resolve("request-v1-full.json"));
    JsonNode minimal = SchemaSupport.read(GOLDEN.resolve("request-v1-minimal.json"));
    JsonNode item = SchemaSupport.read(GOLDEN.resolve("item-v1-full.json"));
    JsonNode review = SchemaSupport.read(GOLDEN.resolve("review-case-v1.json"));
    JsonNode litigation = SchemaSupport.read(GOLDEN.resolve("litigation-case-v1.json"));
    return Stream.of(
        // request: one of each kind
        Arguments.of("request: unknown field", REQUEST, with(request, "/seperable", "true")),
        Arguments.of("request: wrong type", REQUEST, with(request, "/id", "2024")),
        Arguments.of("request: missing required", REQUEST, without(request, "/applicant")),
        Arguments.of("request: bad enum code", REQUEST, with(request, "/channel", "\"telepathy\"")),
        Arguments.of("request: bad date shape", REQUEST, with(request, "/submittedOn", "\"2024/02/28\"")),
        Arguments.of("request: impossible date", REQUEST, with(request, "/submittedOn", "\"2024-02-30\"")),
        Arguments.of("request: date as a number", REQUEST, with(request, "/submittedOn", "20240228")),
        Arguments.of("request: newer schemaVersion", REQUEST, with(request, "/schemaVersion", "2")),
        Arguments.of("request: schemaVersion 0", REQUEST, with(request, "/schemaVersion", "0")),
        Arguments.of("request: explicit null where required", REQUEST, with(request, "/agency", "null")),
        Arguments.of("request: blank id", REQUEST, with(request, "/id", "\"  \"")),
        // applicant, contacts, identity proof
        Arguments.of("applicant: unknown field", REQUEST, with(request, "/applicant/licenceNumber", "\"x\"")),
        Arguments.of("applicant: bad type", REQUEST, with(request, "/applicant/type", "\"alien\"")),
        Arguments.of("contacts: none given", REQUEST, with(minimal, "/applicant/contacts", "{}")),
        Arguments.of("contacts: only blank", REQUEST, with(minimal, "/applicant/contacts", "{\"phone\":\" \"}")),
        Arguments.of("contacts: unknown field", REQUEST, with(request, "/applicant/contacts/wechat", "\"x\"")),
        Arguments.of("identity: resident id of wrong shape", REQUEST,
            with(request, "/applicant/identityProof/number", "\"11010519491231\"")),
        Arguments.of("identity: credit code for a natural person", REQUEST,
            with(request, "/applicant/identityProof",
                "{\"documentType\":\"unified-social-credit-code\",\"number\":\"91350100M000100Y43\"}")),
        Arguments.of("identity: resident card for a company", REQUEST,
            with(with(request, "/applicant/type", "\"commercial-enterprise\""), "/applicant/name", "\"某公司\"")),
        // events
        Arguments.of("event: unknown type", REQUEST, with(request, "/events/0/type", "\"teleported\"")),
        Arguments.of("event: no type", REQUEST, without(request, "/events/0/type")),
        Arguments.of("event: unknown field", REQUEST, with(request, "/events/0/signedBy", "\"x\"")),
        Arguments.of("event: missing date", REQUEST, without(request, "/events/2/date")),
        Arguments.of("event: bad date", REQUEST, with(request, "/events/2/date", "\"2024-3-12\"")),
        Arguments.of("correction: no items", REQUEST, with(request, "/events/1/items", "[]")),
        Arguments.of("consultation: blank id", REQUEST, with(request, "/events/3/consultationId", "\"\"")),
        Arguments.of("third party: bad position", REQUEST, with(request, "/events/4/position", "\"maybe\"")),
        Arguments.of("extension: 21 working days", REQUEST, with(request, "/events/7/workingDays", "21")),
        Arguments.of("extension: 0 working days", REQUEST, with(request, "/events/7/workingDays", "0")),
        Arguments.of("fee notice: zero amount", REQUEST, with(request, "/events/9/amount", "0")),
        Arguments.of("fee notice: fractions of a fen", REQUEST, with(request, "/events/9/amount", "2000.001")),
        Arguments.of("fee notice: amount as text", REQUEST, with(request, "/events/9/amount", "\"2000\"")),
        Arguments.of("fee notice: bad method", REQUEST, with(request, "/events/9/method", "\"per-page\"")),
        Arguments.of("fee paid: negative", REQUEST, with(request, "/events/10/amount", "-1")),
        Arguments.of("answered: unknown ground", REQUEST, with(request, "/events/11/outcome", "\"maybe\"")),
        Arguments.of("answered: abandonment ground", REQUEST, with(request, "/events/11/outcome", "\"other-fee-not-paid\"")),
        Arguments.of("answered: partial without item outcomes", REQUEST, without(request, "/events/11/itemOutcomes")),
        Arguments.of("answered: item outcome without id", REQUEST, without(request, "/events/11/itemOutcomes/0/itemId")),
        Arguments.of("deemed abandoned: answer ground", REQUEST, with(request, "/events/13/ground", "\"released\"")),
        // item
        Arguments.of("item: unknown field", ITEM, with(item, "/classified", "true")),
        Arguments.of("item: wrong type", ITEM, with(item, "/enforcementCaseFile", "\"no\"")),
        Arguments.of("item: missing required", ITEM, without(item, "/formedOn")),
        Arguments.of("item: bad enum code", ITEM, with(item, "/proactiveCategory", "\"2019-art20-99\"")),
        Arguments.of("item: bad date", ITEM, with(item, "/formedOn", "\"2024-01-32\"")),
        Arguments.of("item: newer schemaVersion", ITEM, with(item, "/schemaVersion", "2")),
        Arguments.of("item: repeated co-producer", ITEM, with(item, "/coProducers", "[\"甲\",\"甲\"]")),
        Arguments.of("item: secrecy period 0", ITEM, with(item, "/secrecyMarking/periodYears", "0")),
        Arguments.of("item: bad secrecy level", ITEM, with(item, "/secrecyMarking/level", "\"internal\"")),
        Arguments.of("item: unknown consent", ITEM, with(item, "/thirdPartyInterests/0/consent", "\"perhaps\"")),
        Arguments.of("item: publication without medium", ITEM, without(item, "/publishedAt/medium")),
        // cases
        Arguments.of("review: unknown field", REVIEW, with(review, "/court", "\"x\"")),
        Arguments.of("review: wrong type", REVIEW, with(review, "/filedOn", "true")),
        Arguments.of("review: missing required", REVIEW, without(review, "/filedOn")),
        Arguments.of("review: bad enum code", REVIEW, with(review, "/result", "\"won\"")),
        Arguments.of("review: bad date", REVIEW, with(review, "/decidedOn", "\"2024-07-20T00:00\"")),
        Arguments.of("review: newer schemaVersion", REVIEW, with(review, "/schemaVersion", "2")),
        Arguments.of("review: decided but pending", REVIEW, with(review, "/result", "\"pending\"")),
        Arguments.of("review: decided without result", REVIEW, without(review, "/result")),
        Arguments.of("review: result without decision", REVIEW, without(review, "/decidedOn")),
        Arguments.of("litigation: unknown field", LITIGATION, with(litigation, "/judge", "\"x\"")),
        Arguments.of("litigation: wrong type", LITIGATION, with(litigation, "/route", "1")),
        Arguments.of("litigation: missing route", LITIGATION, without(litigation, "/route")),
        Arguments.of("litigation: bad route", LITIGATION, with(litigation, "/route", "\"appeal\"")),
        Arguments.of("litigation: bad date", LITIGATION, with(litigation, "/filedOn", "\"2024-02-30\"")),
        Arguments.of("litigation: newer schemaVersion", LITIGATION, with(litigation, "/schemaVersion", "2")),
        Arguments.of("litigation: review id on a direct suit", LITIGATION, with(litigation, "/route", "\"direct\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void everyNegativeCaseFails(String name, String schema, JsonNode document) {
    assertThat(errors(schema, document)).isNotEmpty();
  }

  @Test
  void theNegativeCasesStartFromValidDocuments() {
    // each negative case changes one thing in a valid document, so its failure is that change's
    assertThat(errors(REQUEST, SchemaSupport.read(GOLDEN.resolve("request-v1-full.json")))).isEmpty();
    assertThat(errors(REQUEST, with(SchemaSupport.read(GOLDEN.resolve("request-v1-full.json")),
        "/applicant/identityProof/number", "\" 11010519491231002x \""))).as("whitespace and lower-case x").isEmpty();
    assertThat(errors(REQUEST, with(SchemaSupport.read(GOLDEN.resolve("request-v1-full.json")),
        "/regimeOverride", "null"))).as("explicit null for an optional field").isEmpty();
  }
}

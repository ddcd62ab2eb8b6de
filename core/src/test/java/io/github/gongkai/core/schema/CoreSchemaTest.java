package io.github.gongkai.core.schema;

import static io.github.gongkai.core.schema.SchemaSupport.codes;
import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static io.github.gongkai.core.schema.SchemaSupport.with;
import static io.github.gongkai.core.schema.SchemaSupport.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.catalogue.Catalogue;
import io.github.gongkai.core.catalogue.CatalogueClass;
import io.github.gongkai.core.catalogue.CatalogueEntry;
import io.github.gongkai.core.catalogue.DisclosureAttribute;
import io.github.gongkai.core.catalogue.DisclosureGuide;
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
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.EventKind;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.LegalBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
class CoreSchemaTest extends AbstractSchemaContract {
  private static final Path GOLDEN = Path.of("src/test/resources/json");
  private static final String COMMON = "common.schema.json";
  private static final String CATALOGUE = "catalogue.schema.json";
  private static final String GUIDE = "disclosure-guide.schema.json";
  private static final String REQUEST = "information-request.schema.json";
  private static final String ITEM = "information-item.schema.json";
  private static final String REVIEW = "review-case.schema.json";
  private static final String LITIGATION = "litigation-case.schema.json";
  private static final String REMEDY = "remedy-case.schema.json";
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  CoreSchemaTest() {
    super("core", List.of(CATALOGUE, COMMON, GUIDE, ITEM, REQUEST, LITIGATION, REMEDY, REVIEW));
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
                : n.startsWith("catalogue-") ? CATALOGUE
                : n.startsWith("guide-") ? GUIDE
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

  @Override
  protected Map<String, List<String>> expectedEnums() {
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

    e.put(CATALOGUE + "#/$defs/catalogueEntry/properties/attribute", codes(DisclosureAttribute.class));
    e.put(CATALOGUE + "#/$defs/catalogueEntry/properties/media/items", codes(PublicationMedium.class));

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

  /** The event discriminator and lists that must not be empty are named in the extra set. */
  @Override
  protected Stream<Arguments> shapes() {
    Stream<Arguments> documents = Stream.of(
        Arguments.of(REQUEST, "", InformationRequest.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/applicant", Applicant.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/contacts", Contacts.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/identityProof", IdentityProof.class, Set.of()),
        Arguments.of(REQUEST, "/$defs/itemOutcome", ItemOutcome.class, Set.of()),
        Arguments.of(ITEM, "", InformationItem.class, Set.of()),
        Arguments.of(ITEM, "/$defs/secrecyMarking", SecrecyMarking.class, Set.of()),
        Arguments.of(ITEM, "/$defs/thirdPartyInterest", ThirdPartyInterest.class, Set.of()),
        Arguments.of(ITEM, "/$defs/publication", Publication.class, Set.of()),
        Arguments.of(REVIEW, "", ReviewCase.class, Set.of()),
        Arguments.of(LITIGATION, "", LitigationCase.class, Set.of()),
        Arguments.of(COMMON, "/$defs/legalBasis", LegalBasis.class, Set.of()),
        Arguments.of(CATALOGUE, "", Catalogue.class, Set.of()),
        Arguments.of(CATALOGUE, "/$defs/catalogueClass", CatalogueClass.class, Set.of()),
        Arguments.of(CATALOGUE, "/$defs/catalogueEntry", CatalogueEntry.class, Set.of()),
        Arguments.of(GUIDE, "", DisclosureGuide.class, Set.of("procedure")));
    return Stream.concat(documents, eventShapes());
  }

  /**
   * Every event type, defined in the request schema under its class name in lower camel case
   * ({@code ThirdPartyReplied} as {@code /$defs/thirdPartyReplied}); each requires its type, a
   * correction request its items too.
   */
  private static Stream<Arguments> eventShapes() {
    return Arrays.stream(RequestEvent.class.getPermittedSubclasses())
        .map(type -> {
          String name = type.getSimpleName();
          String def = "/$defs/" + Character.toLowerCase(name.charAt(0)) + name.substring(1);
          Set<String> extra = type == CorrectionRequested.class ? Set.of("type", "items") : Set.of("type");
          return Arguments.of(REQUEST, def, type, extra);
        });
  }

  /** Each negative case changes one thing in a golden file; see the table for the cases. */
  @Override
  protected Stream<Arguments> negativeCases() {
    return casesFromTable(Path.of("src/test/resources/schema/negative-cases.tsv"), f -> SchemaSupport.read(GOLDEN.resolve(f)));
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

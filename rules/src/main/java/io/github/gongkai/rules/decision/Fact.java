package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.item.SecrecyMarking;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts the conditions of the rule table ({@code decision-rules.tsv}) may name, by code. Each
 * fact reads one or a few input properties ({@link #reads}): of the item ({@code item.X}), the
 * agency's assessment ({@code assessment.X}), the request ({@code context.X}) or the policy ({@code
 * policy.X}). A boolean fact holds or not; a valued fact ({@link #valueType}) holds when it has a value
 * and is compared with a value by {@code fact=value}. A fact that reads no input is established by
 * the engine as it goes through the table ({@link #WITHHOLDING}, {@link #GATE_DECIDED}, {@link
 * #DISCRETION_CONSIDERED}).
 */
enum Fact {
  PETITION_OR_COMPLAINT("petition-or-complaint", "context.petitionOrComplaint"),
  EXCESSIVE_REQUEST("excessive-request", ExcessiveRequestFinding.class, "context.excessiveRequest"),
  REPEATED("repeated", "assessment.repeated"),
  PUBLISHED_MATERIAL("published-material", "assessment.publishedMaterial"),
  CONFIRMATION_OR_REISSUE("confirmation-or-reissue", "assessment.confirmationOrReissue"),
  SPECIAL_NEED("special-need", SpecialNeedFinding.class, "context.specialNeed"),
  SPECIAL_NEED_TEST_APPLIES("special-need-test-applies", "context.requestDate", "context.regime"),
  STILL_UNCLEAR("still-unclear", "context.stillUnclearAfterCorrection"),
  NOT_GOVERNMENT_INFORMATION("not-government-information", "assessment.notGovernmentInformation"),
  NOT_THIS_AGENCY("not-this-agency", "assessment.notThisAgency", "assessment.responsibleAgency"),
  ENFORCEMENT_CASE_FILE("enforcement-case-file", "item.enforcementCaseFile"),
  PARTY_TO_PROCEEDING("party-to-proceeding", "context.applicantPartyToProceeding"),
  SPECIAL_ACCESS_ROUTE("special-access-route", "item.specialAccessRoute"),
  NOT_HELD("not-held", "assessment.notHeld"),
  REQUIRES_CREATION("requires-creation", "assessment.requiresCreationOrAnalysis"),
  PUBLISHED("published", "item.publishedAt"),
  /** The item carries a secrecy marking, in force or not. */
  CLASSIFIED("classified", "item.secrecyMarking"),
  /** The secrecy marking is no longer in force on the request date. */
  MARKING_EXPIRED("marking-expired", "item.secrecyMarking", "context.requestDate"),
  PROHIBITED_BY_LAW("prohibited-by-law", "item.prohibitingLaw"),
  ENDANGERS_SECURITY("endangers-security", "assessment.endangersSecurityOrStability"),
  CONFIDENTIALITY_DOUBT("confidentiality-doubt", "assessment.confidentialityDoubtful"),
  /**
   * A third party's interest bars disclosure: an objection that binds (2008, or 2019 unless found
   * unreasonable) or harm found or presumed by policy, without consent.
   */
  THIRD_PARTY_BARS(
      "third-party-bars",
      "item.thirdPartyInterests",
      "assessment.thirdPartyHarm",
      "assessment.thirdPartyObjectionUnreasonable",
      "policy.presumeThirdPartyHarm"),
  /** The item names a third party's interest (computed when asked, from the third parties). */
  THIRD_PARTY_INTERESTS("third-party-interests", true, "item.thirdPartyInterests"),
  /** A third party consented to disclosure (computed when asked). */
  THIRD_PARTY_CONSENTED("third-party-consented", true, "item.thirdPartyInterests"),
  /**
   * A third party that did not consent, and whose objection does not bind, would not be harmed
   * (computed when asked).
   */
  THIRD_PARTY_NOT_HARMED(
      "third-party-not-harmed",
      true,
      "item.thirdPartyInterests",
      "assessment.thirdPartyHarm",
      "assessment.thirdPartyObjectionUnreasonable",
      "policy.presumeThirdPartyHarm"),
  PUBLIC_INTEREST_REASONS("public-interest-reasons", "assessment.publicInterestReasons"),
  INTERNAL_AFFAIRS("internal-affairs", "item.internalAffairsKind"),
  PROCESS_INFORMATION("process-information", "item.processInformationKind"),
  /** A law, regulation or rule requires disclosure, named by the agency or a proactive-disclosure duty. */
  LAW_REQUIRES_DISCLOSURE(
      "law-requires-disclosure", "assessment.lawRequiringDisclosure", "item.proactiveCategory"),
  LAW_OVERRIDES_INTERNAL_AFFAIRS(
      "policy.law-overrides-internal-affairs", "policy.lawRequirementOverridesInternalAffairs"),
  SEPARABLE("separable", "assessment.separable"),
  /** An exemption earlier in the table withholds the item (established by the engine, not read). */
  WITHHOLDING("withholding"),
  /** A gate earlier in the table fired and decides (established by the engine, not read). */
  GATE_DECIDED("gate-decided"),
  /** A discretionary exemption (2019 Art.16) earlier in the table fired (established by the engine). */
  DISCRETION_CONSIDERED("discretion-considered");

  private final String code;
  private final @Nullable Class<? extends Enum<?>> values;
  /** The input properties the fact reads. */
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  final List<String> reads;
  /**
   * Computed when asked rather than read with the others ({@link #read}): the facts the engine
   * establishes (they read no input), and those only reasons of the trace ask about.
   */
  private final boolean computed;

  Fact(String code, String... reads) {
    this(code, null, reads.length == 0, reads);
  }

  Fact(String code, boolean computed, String... reads) {
    this(code, null, computed, reads);
  }

  Fact(String code, Class<? extends Enum<?>> values, String... reads) {
    this(code, values, false, reads);
  }

  private Fact(String code, @Nullable Class<? extends Enum<?>> values, boolean computed, String... reads) {
    this.code = code;
    this.values = values;
    this.reads = List.of(reads);
    this.computed = computed;
  }

  String code() {
    return code;
  }

  /** The type of the values of a valued fact, or null for a boolean fact. */
  @Nullable Class<? extends Enum<?>> valueType() {
    return values;
  }

  /**
   * Whether the fact holds in an evaluation (a valued fact: whether it has a value).
   *
   * @param e the evaluation
   * @return true if it holds
   */
  boolean holds(Evaluation e) {
    if (!computed) {
      return e.facts.contains(this);
    }
    switch (this) {
      case WITHHOLDING:
        return e.withholding();
      case GATE_DECIDED:
        return e.gate != null;
      case THIRD_PARTY_INTERESTS:
        return e.thirdParties != ThirdParties.NONE;
      case THIRD_PARTY_CONSENTED:
        return e.thirdParties.consented > 0;
      case THIRD_PARTY_NOT_HARMED:
        return e.thirdParties.notHarmful > 0;
      default:
        return e.discretionApplies;
    }
  }

  /**
   * Reads every fact but the {@linkplain #computed computed} ones from the input of an evaluation,
   * once.
   *
   * @param e the evaluation, with its input and third parties
   * @return the facts that hold
   */
  static Set<Fact> read(Evaluation e) {
    Set<Fact> read = EnumSet.noneOf(Fact.class);
    readGates(e, read);
    readExemptions(e, read);
    return read;
  }

  /** The facts the gates read: how the request is to be handled before its substance. */
  private static void readGates(Evaluation e, Set<Fact> read) {
    if (e.ctx.isPetitionOrComplaint()) {
      read.add(PETITION_OR_COMPLAINT);
    }
    if (e.a.isRepeated()) {
      read.add(REPEATED);
    }
    if (e.a.isPublishedMaterial()) {
      read.add(PUBLISHED_MATERIAL);
    }
    if (e.a.isConfirmationOrReissue()) {
      read.add(CONFIRMATION_OR_REISSUE);
    }
    if (e.ctx.specialNeedTestApplies()) {
      read.add(SPECIAL_NEED_TEST_APPLIES);
    }
    if (e.ctx.isStillUnclearAfterCorrection()) {
      read.add(STILL_UNCLEAR);
    }
    if (e.a.isNotGovernmentInformation()) {
      read.add(NOT_GOVERNMENT_INFORMATION);
    }
    if (e.a.isNotThisAgency()) {
      read.add(NOT_THIS_AGENCY);
    }
    if (e.item.isEnforcementCaseFile()) {
      read.add(ENFORCEMENT_CASE_FILE);
    }
    if (e.ctx.isApplicantPartyToProceeding()) {
      read.add(PARTY_TO_PROCEEDING);
    }
    if (e.item.getSpecialAccessRoute() != null) {
      read.add(SPECIAL_ACCESS_ROUTE);
    }
    if (e.a.isNotHeld()) {
      read.add(NOT_HELD);
    }
    if (e.a.isRequiresCreationOrAnalysis()) {
      read.add(REQUIRES_CREATION);
    }
    if (e.item.getPublishedAt() != null) {
      read.add(PUBLISHED);
    }
  }

  /** The facts the exemptions, overrides and separation read, and the request-level findings. */
  private static void readExemptions(Evaluation e, Set<Fact> read) {
    if (e.item.getSecrecyMarking() != null) {
      read.add(CLASSIFIED);
    }
    if (markingExpired(e)) {
      read.add(MARKING_EXPIRED);
    }
    if (e.item.getProhibitingLaw() != null) {
      read.add(PROHIBITED_BY_LAW);
    }
    if (e.a.isEndangersSecurityOrStability()) {
      read.add(ENDANGERS_SECURITY);
    }
    if (e.a.isConfidentialityDoubtful()) {
      read.add(CONFIDENTIALITY_DOUBT);
    }
    if (e.thirdParties.bars()) {
      read.add(THIRD_PARTY_BARS);
    }
    if (e.a.getPublicInterestReasons() != null) {
      read.add(PUBLIC_INTEREST_REASONS);
    }
    if (e.item.getInternalAffairsKind() != null) {
      read.add(INTERNAL_AFFAIRS);
    }
    if (e.item.getProcessInformationKind() != null) {
      read.add(PROCESS_INFORMATION);
    }
    if (e.a.getLawRequiringDisclosure() != null || e.item.getProactiveCategory() != null) {
      read.add(LAW_REQUIRES_DISCLOSURE);
    }
    if (e.policy.isLawRequirementOverridesInternalAffairs()) {
      read.add(LAW_OVERRIDES_INTERNAL_AFFAIRS);
    }
    if (e.a.isSeparable()) {
      read.add(SEPARABLE);
    }
    if (e.ctx.getExcessiveRequest() != null) {
      read.add(EXCESSIVE_REQUEST);
    }
    if (e.ctx.getSpecialNeed() != null) {
      read.add(SPECIAL_NEED);
    }
  }

  /**
   * The value of a valued fact, or null (also for a boolean fact).
   *
   * @param e the evaluation
   * @return the value
   */
  @Nullable Coded value(Evaluation e) {
    switch (this) {
      case EXCESSIVE_REQUEST:
        return e.ctx.getExcessiveRequest();
      case SPECIAL_NEED:
        return e.ctx.getSpecialNeed();
      default:
        return null;
    }
  }

  static @Nullable Fact ofCode(String code) {
    for (Fact f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    return null;
  }

  private static boolean markingExpired(Evaluation e) {
    SecrecyMarking m = e.item.getSecrecyMarking();
    LocalDate on = e.ctx.getRequestDate();
    return m != null && on != null && !m.isInForceOn(on);
  }
}

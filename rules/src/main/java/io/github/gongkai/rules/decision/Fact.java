package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.item.SecrecyMarking;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts the conditions of the rule table ({@code decision-rules.tsv}) may name, by code. Each
 * fact reads one or a few input properties ({@link #reads}): of the item ({@code item.X}), the
 * agency's assessment ({@code assessment.X}), the request ({@code context.X}) or the policy ({@code
 * policy.X}). A boolean fact holds or not; a valued fact ({@link #valueType}) holds when it has a value
 * and is compared with a value by {@code fact=value}.
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
  WITHHOLDING("withholding");

  private final String code;
  private final @Nullable Class<? extends Enum<?>> values;
  /** The input properties the fact reads. */
  final List<String> reads;

  Fact(String code, String... reads) {
    this.code = code;
    this.values = null;
    this.reads = List.of(reads);
  }

  Fact(String code, Class<? extends Enum<?>> values, String... reads) {
    this.code = code;
    this.values = values;
    this.reads = List.of(reads);
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
    switch (this) {
      case PETITION_OR_COMPLAINT:
        return e.ctx.isPetitionOrComplaint();
      case REPEATED:
        return e.a.isRepeated();
      case PUBLISHED_MATERIAL:
        return e.a.isPublishedMaterial();
      case CONFIRMATION_OR_REISSUE:
        return e.a.isConfirmationOrReissue();
      case SPECIAL_NEED_TEST_APPLIES:
        return e.ctx.specialNeedTestApplies();
      case STILL_UNCLEAR:
        return e.ctx.isStillUnclearAfterCorrection();
      case NOT_GOVERNMENT_INFORMATION:
        return e.a.isNotGovernmentInformation();
      case NOT_THIS_AGENCY:
        return e.a.isNotThisAgency();
      case ENFORCEMENT_CASE_FILE:
        return e.item.isEnforcementCaseFile();
      case PARTY_TO_PROCEEDING:
        return e.ctx.isApplicantPartyToProceeding();
      case SPECIAL_ACCESS_ROUTE:
        return e.item.getSpecialAccessRoute() != null;
      case NOT_HELD:
        return e.a.isNotHeld();
      case REQUIRES_CREATION:
        return e.a.isRequiresCreationOrAnalysis();
      case PUBLISHED:
        return e.item.getPublishedAt() != null;
      case CLASSIFIED:
        return e.item.getSecrecyMarking() != null;
      case MARKING_EXPIRED:
        return markingExpired(e);
      case PROHIBITED_BY_LAW:
        return e.item.getProhibitingLaw() != null;
      case ENDANGERS_SECURITY:
        return e.a.isEndangersSecurityOrStability();
      case CONFIDENTIALITY_DOUBT:
        return e.a.isConfidentialityDoubtful();
      case THIRD_PARTY_BARS:
        return e.thirdParties.bars();
      case PUBLIC_INTEREST_REASONS:
        return e.a.getPublicInterestReasons() != null;
      case INTERNAL_AFFAIRS:
        return e.item.getInternalAffairsKind() != null;
      case PROCESS_INFORMATION:
        return e.item.getProcessInformationKind() != null;
      case LAW_REQUIRES_DISCLOSURE:
        return e.a.getLawRequiringDisclosure() != null || e.item.getProactiveCategory() != null;
      case LAW_OVERRIDES_INTERNAL_AFFAIRS:
        return e.policy.isLawRequirementOverridesInternalAffairs();
      case SEPARABLE:
        return e.a.isSeparable();
      case WITHHOLDING:
        return e.withholding();
      default:
        return value(e) != null;
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

package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.item.SecrecyMarking;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The facts the conditions of the rule table ({@code decision-rules.tsv}) may name, by code. Each
 * fact reads one or a few input properties ({@link #reads}): of the item ({@code item.X}), the
 * agency's assessment ({@code assessment.X}), the request ({@code context.X}) or the policy ({@code
 * policy.X}). A boolean fact holds or not; a valued fact ({@link #valueType}) holds when it has a value
 * and is compared with a value by {@code fact=value}.
 */
enum Fact {
  PETITION_OR_COMPLAINT(
      "petition-or-complaint", e -> e.ctx.isPetitionOrComplaint(), "context.petitionOrComplaint"),
  EXCESSIVE_REQUEST(
      "excessive-request",
      ExcessiveRequestFinding.class,
      e -> e.ctx.getExcessiveRequest(),
      "context.excessiveRequest"),
  REPEATED("repeated", e -> e.a.isRepeated(), "assessment.repeated"),
  PUBLISHED_MATERIAL("published-material", e -> e.a.isPublishedMaterial(), "assessment.publishedMaterial"),
  CONFIRMATION_OR_REISSUE(
      "confirmation-or-reissue", e -> e.a.isConfirmationOrReissue(), "assessment.confirmationOrReissue"),
  SPECIAL_NEED("special-need", SpecialNeedFinding.class, e -> e.ctx.getSpecialNeed(), "context.specialNeed"),
  SPECIAL_NEED_TEST_APPLIES(
      "special-need-test-applies",
      e -> e.ctx.specialNeedTestApplies(),
      "context.requestDate",
      "context.regime"),
  STILL_UNCLEAR("still-unclear", e -> e.ctx.isStillUnclearAfterCorrection(), "context.stillUnclearAfterCorrection"),
  NOT_GOVERNMENT_INFORMATION(
      "not-government-information", e -> e.a.isNotGovernmentInformation(), "assessment.notGovernmentInformation"),
  NOT_THIS_AGENCY(
      "not-this-agency", e -> e.a.isNotThisAgency(), "assessment.notThisAgency", "assessment.responsibleAgency"),
  ENFORCEMENT_CASE_FILE("enforcement-case-file", e -> e.item.isEnforcementCaseFile(), "item.enforcementCaseFile"),
  PARTY_TO_PROCEEDING(
      "party-to-proceeding", e -> e.ctx.isApplicantPartyToProceeding(), "context.applicantPartyToProceeding"),
  SPECIAL_ACCESS_ROUTE(
      "special-access-route", e -> e.item.getSpecialAccessRoute() != null, "item.specialAccessRoute"),
  NOT_HELD("not-held", e -> e.a.isNotHeld(), "assessment.notHeld"),
  REQUIRES_CREATION(
      "requires-creation", e -> e.a.isRequiresCreationOrAnalysis(), "assessment.requiresCreationOrAnalysis"),
  PUBLISHED("published", e -> e.item.getPublishedAt() != null, "item.publishedAt"),
  /** The item carries a secrecy marking, in force or not. */
  CLASSIFIED("classified", e -> e.item.getSecrecyMarking() != null, "item.secrecyMarking"),
  /** The secrecy marking is no longer in force on the request date. */
  MARKING_EXPIRED("marking-expired", Fact::markingExpired, "item.secrecyMarking", "context.requestDate"),
  PROHIBITED_BY_LAW("prohibited-by-law", e -> e.item.getProhibitingLaw() != null, "item.prohibitingLaw"),
  ENDANGERS_SECURITY(
      "endangers-security", e -> e.a.isEndangersSecurityOrStability(), "assessment.endangersSecurityOrStability"),
  CONFIDENTIALITY_DOUBT(
      "confidentiality-doubt", e -> e.a.isConfidentialityDoubtful(), "assessment.confidentialityDoubtful"),
  /**
   * A third party's interest bars disclosure: an objection that binds (2008, or 2019 unless found
   * unreasonable) or harm found or presumed by policy, without consent.
   */
  THIRD_PARTY_BARS(
      "third-party-bars",
      e -> e.thirdParties.bars(),
      "item.thirdPartyInterests",
      "assessment.thirdPartyHarm",
      "assessment.thirdPartyObjectionUnreasonable",
      "policy.presumeThirdPartyHarm"),
  PUBLIC_INTEREST_REASONS(
      "public-interest-reasons", e -> e.a.getPublicInterestReasons() != null, "assessment.publicInterestReasons"),
  INTERNAL_AFFAIRS("internal-affairs", e -> e.item.getInternalAffairsKind() != null, "item.internalAffairsKind"),
  PROCESS_INFORMATION(
      "process-information", e -> e.item.getProcessInformationKind() != null, "item.processInformationKind"),
  /** A law, regulation or rule requires disclosure, named by the agency or a proactive-disclosure duty. */
  LAW_REQUIRES_DISCLOSURE(
      "law-requires-disclosure",
      e -> e.a.getLawRequiringDisclosure() != null || e.item.getProactiveCategory() != null,
      "assessment.lawRequiringDisclosure",
      "item.proactiveCategory"),
  LAW_OVERRIDES_INTERNAL_AFFAIRS(
      "policy.law-overrides-internal-affairs",
      e -> e.policy.isLawRequirementOverridesInternalAffairs(),
      "policy.lawRequirementOverridesInternalAffairs"),
  SEPARABLE("separable", e -> e.a.isSeparable(), "assessment.separable"),
  /** An exemption earlier in the table withholds the item (established by the engine, not read). */
  WITHHOLDING("withholding", Evaluation::withholding);

  private final String code;
  private final @Nullable Class<? extends Enum<?>> values;
  private final Predicate<Evaluation> holds;
  private final @Nullable Function<Evaluation, @Nullable Coded> value;
  /** The input properties the fact reads. */
  final List<String> reads;

  Fact(String code, Predicate<Evaluation> holds, String... reads) {
    this.code = code;
    this.values = null;
    this.holds = holds;
    this.value = null;
    this.reads = List.of(reads);
  }

  Fact(
      String code,
      Class<? extends Enum<?>> values, Function<Evaluation, @Nullable Coded> value, String... reads) {
    this.code = code;
    this.values = values;
    this.holds = e -> value.apply(e) != null;
    this.value = value;
    this.reads = List.of(reads);
  }

  String code() {
    return code;
  }

  /** The type of the values of a valued fact, or null for a boolean fact. */
  @Nullable Class<? extends Enum<?>> valueType() {
    return values;
  }

  boolean holds(Evaluation e) {
    return holds.test(e);
  }

  @Nullable Coded value(Evaluation e) {
    Function<Evaluation, @Nullable Coded> v = value;
    return v == null ? null : v.apply(e);
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

package io.github.gongkai.rules.decision;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.ThirdPartyInterest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides what to do with a request for one information item, and why: a pure function of the
 * item's facts ({@link InformationItem}), the agency's assessment of it ({@link ItemAssessment}) and
 * the request ({@link DecisionContext}), under the regime of the request's date.
 *
 * <p>The rules ({@link DecisionRule}) are considered in the order of the national reference practice
 * (国办公开办函〔2020〕2号: is it a request to process; is it government information; whose is it; does
 * it exist; may it be given; how):
 *
 * <ol>
 *   <li>gates that end the matter without looking at the content: a petition or complaint (2019
 *       Art.39 para.1), excessive requests found unreasonable (Art.35), a repeated request
 *       (Art.36(6)), published materials (Art.39 para.2), confirmation or re-issue (table
 *       三（五）5), the 2008 special-need test (2008 Art.13, requests before 2019-05-15), a request
 *       still unclear after correction (Art.30), not government information (Art.2), another
 *       agency's information (Art.36(5)), a case file sought by a party (SPC 2011 Art.2(4)), a
 *       special statutory access route (Art.36(7)), not held (Art.36(4)), needing creation or
 *       analysis (Art.38), already published (Art.36(1)) — the first that fires decides;
 *   <li>exemptions: state secret, prohibited by law, endangers security (mandatory, Art.14; 2008
 *       Arts.8, 14), third-party rights unless consent or a public-interest override with stated
 *       reasons (mandatory, Arts.15, 32; 2008 Arts.14, 23), internal affairs, process information and
 *       enforcement case files (discretionary, Art.16 — the agency's choice is recorded and a law
 *       requiring disclosure prevails; under 2008 internal and process information per 国办发〔2010〕5号,
 *       and no case-file exemption) — every exemption that fires is a ground, the first in catalogue
 *       order decides the report row;
 *   <li>separation (Art.37): with a separable exempt part the item is released in part, counted
 *       under 部分公开;
 *   <li>otherwise release (Arts.13, 36(2)).
 * </ol>
 *
 * <p>Required steps are attached along the way: confidentiality review of a marked item (Art.17
 * para.2), a secrecy determination when the agency is in doubt (Art.17 para.3, blocking), written
 * consultation of each third party not yet heard (Art.32, blocking, with the due date the caller
 * computed), written notice of a public-interest override (Art.32), reasons for withholding
 * (Art.36(3)), separation (Art.37).
 *
 * <p>{@link #decide} is the fast path: no trace, and decisions without item-specific text (third
 * parties, agency names, reasons) are shared instances. {@link #explain} returns the same decision
 * with a trace of every rule. Immutable and thread-safe.
 */
public final class DisclosureDecider {
  private static final DisclosureDecider STANDARD = new DisclosureDecider(DecisionPolicy.defaults());

  /** The gates of the rule table, as a set of rule bits (the same under both regimes). */
  private static final int GATES = gateBits(RuleTable.of(Regime.R2019));

  private final DecisionPolicy policy;
  private final SharedDecisions shared = new SharedDecisions();

  private DisclosureDecider(DecisionPolicy policy) {
    this.policy = policy;
  }

  /**
   * The decider with the {@link DecisionPolicy#defaults() default policy}.
   *
   * @return the decider
   */
  public static DisclosureDecider standard() {
    return STANDARD;
  }

  /**
   * A decider with a policy.
   *
   * @param policy the policy; not null
   * @return the decider
   */
  public static DisclosureDecider of(DecisionPolicy policy) {
    return new DisclosureDecider(InvalidValueException.requireNonNull(policy, "policy"));
  }

  /**
   * The policy in use.
   *
   * @return the policy
   */
  public DecisionPolicy getPolicy() {
    return policy;
  }

  /**
   * Decides with no agency assessment.
   *
   * @param item the item; not null
   * @param context the request; not null
   * @return the decision, without trace
   */
  public DisclosureDecision decide(InformationItem item, DecisionContext context) {
    return decide(item, ItemAssessment.none(), context);
  }

  /**
   * Decides, without an explanation trace (the fast path).
   *
   * @param item the item; not null
   * @param assessment the agency's assessment of the item; not null
   * @param context the request; not null
   * @return the decision, with an empty trace
   */
  public DisclosureDecision decide(
      InformationItem item, ItemAssessment assessment, DecisionContext context) {
    return evaluate(item, assessment, context).decision(this);
  }

  /**
   * Decides, with an explanation trace listing every rule, whether it fired, whether it was
   * decisive, and why, in Chinese and English.
   *
   * @param item the item; not null
   * @param assessment the agency's assessment of the item; not null
   * @param context the request; not null
   * @return the decision, with its trace
   */
  public DisclosureDecision explain(
      InformationItem item, ItemAssessment assessment, DecisionContext context) {
    Evaluation e = evaluate(item, assessment, context);
    DisclosureDecision d = e.decision(this);
    return DisclosureDecision.builder().from(d).trace(Explanations.trace(e, d)).build();
  }

  /**
   * Decides with no agency assessment, with an explanation trace.
   *
   * @param item the item; not null
   * @param context the request; not null
   * @return the decision, with its trace
   */
  public DisclosureDecision explain(InformationItem item, DecisionContext context) {
    return explain(item, ItemAssessment.none(), context);
  }

  /**
   * Decides every item of one request and combines the decisions into one answer and one report
   * row ({@link RequestDecision#combine(List)}).
   *
   * @param items the items with their assessments, at least one; not null
   * @param context the request; not null
   * @return the combined decision
   */
  public RequestDecision decideRequest(List<AssessedItem> items, DecisionContext context) {
    InvalidValueException.requireNonNull(items, "items");
    List<ItemDecision> out = new ArrayList<>(items.size());
    for (AssessedItem ai : items) {
      InvalidValueException.requireNonNull(ai, "items[]");
      out.add(ItemDecision.of(ai.getItem().getId(), decide(ai.getItem(), ai.getAssessment(), context)));
    }
    return RequestDecision.combine(out);
  }

  // ---------------------------------------------------------------------------------------------

  private static int bit(DecisionRule r) {
    return 1 << r.ordinal();
  }

  private static int gateBits(RuleTable t) {
    int m = 0;
    for (RuleTable.Entry e : t.gates) {
      m |= bit(e.rule);
    }
    return m;
  }

  private Evaluation evaluate(InformationItem item, ItemAssessment a, DecisionContext ctx) {
    InvalidValueException.requireNonNull(item, "item");
    InvalidValueException.requireNonNull(a, "assessment");
    InvalidValueException.requireNonNull(ctx, "context");
    Evaluation e = new Evaluation(item, a, ctx, RuleTable.of(ctx.getEffectiveRegime()), policy);
    e.run();
    return e;
  }

  /** The facts established while considering the rules; package-private for {@link Explanations}. */
  static final class Evaluation {
    final InformationItem item;
    final ItemAssessment a;
    final DecisionContext ctx;
    final RuleTable t;
    final DecisionPolicy policy;
    final boolean r2019;

    /** Rules whose condition held (bit = ordinal). */
    int fired;
    /** Rules that determined the decision. */
    int decisive;
    /** The item carries a secrecy marking (in force or not). */
    boolean marked;
    /** The gate that decided, or null. */
    @Nullable DecisionRule gate;

    // third parties
    int consented;
    int objectedBinding;
    int barredByHarm;
    int notHarmful;
    @Nullable List<ThirdPartyInterest> barred;
    @Nullable List<ThirdPartyInterest> toConsult;
    boolean harmPresumed;
    boolean overridden;

    // discretion
    boolean discretionApplies;
    DiscretionaryChoice choice = DiscretionaryChoice.WITHHOLD;
    boolean choiceByDefault;
    @Nullable String lawName;
    boolean lawPrevailsPara2;
    boolean lawPrevailsPara1;

    /** Withholding grounds that withhold, as a bit set over OutcomeGround ordinals. */
    int withholding;

    Evaluation(
        InformationItem item, ItemAssessment a, DecisionContext ctx, RuleTable t, DecisionPolicy policy) {
      this.item = item;
      this.a = a;
      this.ctx = ctx;
      this.t = t;
      this.policy = policy;
      this.r2019 = t.regime == Regime.R2019;
    }

    boolean fired(DecisionRule r) {
      return (fired & bit(r)) != 0;
    }

    boolean decisive(DecisionRule r) {
      return (decisive & bit(r)) != 0;
    }

    void run() {
      int f = 0;
      // -- gates
      if (ctx.isPetitionOrComplaint()) {
        f |= bit(DecisionRule.PETITION_OR_COMPLAINT);
      }
      if (r2019 && ctx.getExcessiveRequest() == ExcessiveRequestFinding.UNREASONABLE) {
        f |= bit(DecisionRule.EXCESSIVE_REQUEST);
      }
      if (a.isRepeated()) {
        f |= bit(DecisionRule.REPEATED_REQUEST);
      }
      if (a.isPublishedMaterial()) {
        f |= bit(DecisionRule.PUBLISHED_MATERIAL);
      }
      if (r2019 && a.isConfirmationOrReissue()) {
        f |= bit(DecisionRule.CONFIRMATION_OR_REISSUE);
      }
      if (ctx.getSpecialNeed() == SpecialNeedFinding.NOT_SHOWN && ctx.specialNeedTestApplies()) {
        f |= bit(DecisionRule.SPECIAL_NEED);
      }
      if (ctx.isStillUnclearAfterCorrection()) {
        f |= bit(DecisionRule.STILL_UNCLEAR);
      }
      if (a.isNotGovernmentInformation()) {
        f |= bit(DecisionRule.NOT_GOVERNMENT_INFORMATION);
      }
      if (a.isNotThisAgency()) {
        f |= bit(DecisionRule.NOT_THIS_AGENCY);
      }
      if (item.isEnforcementCaseFile() && ctx.isApplicantPartyToProceeding()) {
        f |= bit(DecisionRule.CASE_FILE_BY_PARTY);
      }
      if (r2019 && item.getSpecialAccessRoute() != null) {
        f |= bit(DecisionRule.SPECIAL_ACCESS_ROUTE);
      }
      if (a.isNotHeld()) {
        f |= bit(DecisionRule.NOT_HELD);
      }
      if (a.isRequiresCreationOrAnalysis()) {
        f |= bit(DecisionRule.REQUIRES_CREATION);
      }
      if (item.getPublishedAt() != null) {
        f |= bit(DecisionRule.ALREADY_PUBLISHED);
      }
      // -- mandatory exemptions (Art.14)
      int w = 0;
      SecrecyMarking marking = item.getSecrecyMarking();
      if (marking != null) {
        marked = true;
        LocalDate on = ctx.getRequestDate();
        if (on == null || marking.isInForceOn(on)) {
          f |= bit(DecisionRule.STATE_SECRET);
          w |= 1 << OutcomeGround.WITHHELD_STATE_SECRET.ordinal();
        }
      }
      if (item.getProhibitingLaw() != null) {
        f |= bit(DecisionRule.PROHIBITED_BY_LAW);
        w |= 1 << OutcomeGround.WITHHELD_PROHIBITED_BY_LAW.ordinal();
      }
      if (a.isEndangersSecurityOrStability()) {
        f |= bit(DecisionRule.ENDANGERS_SECURITY);
        w |= 1 << OutcomeGround.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY.ordinal();
      }
      if (a.isConfidentialityDoubtful()) {
        f |= bit(DecisionRule.CONFIDENTIALITY_DOUBT);
      }
      // -- third parties (Art.15, 32; 2008 Arts.14, 23)
      List<ThirdPartyInterest> interests = item.getThirdPartyInterests();
      if (!interests.isEmpty()) {
        thirdParties(interests);
        if (barred != null) {
          f |= bit(DecisionRule.THIRD_PARTY_RIGHTS);
          if (a.getPublicInterestReasons() != null) {
            f |= bit(DecisionRule.PUBLIC_INTEREST_OVERRIDE);
            overridden = true;
          } else {
            w |= 1 << OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS.ordinal();
          }
        }
      }
      // -- discretionary exemptions (Art.16; 2008 per 国办发〔2010〕5号)
      boolean internal = item.getInternalAffairsKind() != null;
      boolean process = item.getProcessInformationKind() != null;
      boolean caseFile = r2019 && item.isEnforcementCaseFile();
      if (internal || process || caseFile) {
        discretionApplies = true;
        DiscretionaryChoice c = a.getDiscretionaryChoice();
        if (c == null) {
          choice = policy.getDefaultDiscretionaryChoice();
          choiceByDefault = true;
        } else {
          choice = c;
        }
        lawName = lawRequiringDisclosure();
        lawPrevailsPara2 = lawName != null && (process || caseFile);
        lawPrevailsPara1 =
            lawName != null && internal && policy.isLawRequirementOverridesInternalAffairs();
        if (lawPrevailsPara1 || lawPrevailsPara2) {
          f |= bit(DecisionRule.LAW_REQUIRES_DISCLOSURE);
        }
        boolean withhold = choice == DiscretionaryChoice.WITHHOLD;
        if (internal) {
          f |= bit(DecisionRule.INTERNAL_AFFAIRS);
          if (withhold && !lawPrevailsPara1) {
            w |= 1 << OutcomeGround.WITHHELD_INTERNAL_AFFAIRS.ordinal();
          }
        }
        if (process) {
          f |= bit(DecisionRule.PROCESS_INFORMATION);
          if (withhold && lawName == null) {
            w |= 1 << OutcomeGround.WITHHELD_PROCESS_INFORMATION.ordinal();
          }
        }
        if (caseFile) {
          f |= bit(DecisionRule.ENFORCEMENT_CASE_FILE);
          if (withhold && lawName == null) {
            w |= 1 << OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE.ordinal();
          }
        }
      }
      if (w != 0 && a.isSeparable()) {
        f |= bit(DecisionRule.SEPARATION);
      }
      int gates = f & GATES;
      if (gates != 0) {
        // the first gate in table order decides
        for (RuleTable.Entry e : t.gates) {
          if ((gates & bit(e.rule)) != 0) {
            gate = e.rule;
            decisive = bit(e.rule);
            break;
          }
        }
      } else if (w != 0) {
        withholding = w;
        int d = f & ~GATES;
        d &= ~bit(DecisionRule.CONFIDENTIALITY_DOUBT);
        d &= ~bit(DecisionRule.PUBLIC_INTEREST_OVERRIDE);
        d &= ~bit(DecisionRule.LAW_REQUIRES_DISCLOSURE);
        if ((w & (1 << OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS.ordinal())) == 0) {
          d &= ~bit(DecisionRule.THIRD_PARTY_RIGHTS);
        }
        if ((w & (1 << OutcomeGround.WITHHELD_INTERNAL_AFFAIRS.ordinal())) == 0) {
          d &= ~bit(DecisionRule.INTERNAL_AFFAIRS);
        }
        if ((w & (1 << OutcomeGround.WITHHELD_PROCESS_INFORMATION.ordinal())) == 0) {
          d &= ~bit(DecisionRule.PROCESS_INFORMATION);
        }
        if ((w & (1 << OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE.ordinal())) == 0) {
          d &= ~bit(DecisionRule.ENFORCEMENT_CASE_FILE);
        }
        decisive = d;
      } else {
        f |= bit(DecisionRule.RELEASE);
        int d = bit(DecisionRule.RELEASE);
        if (overridden) {
          d |= bit(DecisionRule.PUBLIC_INTEREST_OVERRIDE);
        }
        if ((f & bit(DecisionRule.LAW_REQUIRES_DISCLOSURE)) != 0) {
          d |= bit(DecisionRule.LAW_REQUIRES_DISCLOSURE);
        }
        decisive = d;
      }
      fired = f;
    }

    private @Nullable String lawRequiringDisclosure() {
      String law = a.getLawRequiringDisclosure();
      if (law != null) {
        return law;
      }
      ProactiveCategory proactive = item.getProactiveCategory();
      return proactive == null ? null : Explanations.proactiveDuty(proactive);
    }

    private void thirdParties(List<ThirdPartyInterest> interests) {
      Boolean harm = a.getThirdPartyHarm();
      boolean harmful = harm != null ? harm : policy.isPresumeThirdPartyHarm();
      harmPresumed = harm == null;
      boolean objectionBinds = !r2019 || !a.isThirdPartyObjectionUnreasonable();
      for (int i = 0, n = interests.size(); i < n; i++) {
        ThirdPartyInterest tp = interests.get(i);
        ConsentState s = tp.getConsent();
        if (s == ConsentState.CONSENTED) {
          consented++;
          continue;
        }
        if (s == ConsentState.OBJECTED && objectionBinds) {
          objectedBinding++;
          addBarred(tp);
          continue;
        }
        if (!harmful) {
          notHarmful++;
          continue;
        }
        barredByHarm++;
        addBarred(tp);
        if (s == ConsentState.NOT_ASKED || s == ConsentState.PENDING) {
          if (toConsult == null) {
            toConsult = new ArrayList<>(2);
          }
          toConsult.add(tp);
        }
      }
    }

    private void addBarred(ThirdPartyInterest tp) {
      if (barred == null) {
        barred = new ArrayList<>(2);
      }
      barred.add(tp);
    }

    // ---------------------------------------------------------------------------------------------
    // building the decision

    DisclosureDecision decision(DisclosureDecider owner) {
      DecisionRule g = gate;
      boolean mandatoryWhole =
          (withholding
                      & ((1 << OutcomeGround.WITHHELD_STATE_SECRET.ordinal())
                          | (1 << OutcomeGround.WITHHELD_PROHIBITED_BY_LAW.ordinal())
                          | (1 << OutcomeGround.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY.ordinal())))
                  != 0
              && !a.isSeparable();
      boolean consult = g == null && toConsult != null && !mandatoryWhole;
      boolean notify = g == null && overridden;
      String agency = g == DecisionRule.NOT_THIS_AGENCY ? a.getResponsibleAgency() : null;
      String law = g == null && discretionApplies ? lawName : null;
      boolean variable = consult || notify || agency != null || law != null;
      if (!variable) {
        SharedDecisions.Key key = key();
        DisclosureDecision d = owner.shared.get(key);
        if (d == null) {
          d = build(false, null);
          owner.shared.put(key, d);
        }
        return d;
      }
      return build(consult, agency);
    }

    /**
     * Everything a decision without item-specific text depends on: the regime, every rule that fired
     * (so a new rule is part of the key by construction), the grounds that withhold, and the
     * assessment and policy values {@link #build} reads besides them.
     */
    private SharedDecisions.Key key() {
      return new SharedDecisions.Key(
          t.regime,
          gate,
          fired,
          withholding,
          a.isSeparable(),
          discretionApplies,
          choice,
          choiceByDefault,
          marked,
          consented > 0,
          ctx.getExcessiveRequest());
    }

    private DisclosureDecision build(boolean consult, @Nullable String agency) {
      Regime regime = t.regime;
      DisclosureDecision.Builder b = DisclosureDecision.builder().regime(regime);
      List<LegalBasis> bases = new ArrayList<>(6);
      List<RequiredStep> steps = new ArrayList<>(2);
      DecisionRule g = gate;
      if (g != null) {
        RuleTable.Entry entry = t.entry(g);
        OutcomeGround ground = t.gateGround(entry, policy);
        AppliedGround applied = t.applied(ground, g);
        b.disposition(gateDisposition(entry)).reportRow(ground).nature(ExemptionNature.NONE);
        b.addGrounds(applied);
        addAll(bases, t.bases(g));
        addProvisions(bases, applied.getLegalBases());
        for (StepKind k : entry.steps) {
          steps.add(
              RequiredStep.of(k, false, k == StepKind.NAME_RESPONSIBLE_AGENCY ? agency : null, null, t.first(g)));
        }
      } else if (withholding != 0) {
        boolean partial = a.isSeparable();
        OutcomeGround first = null;
        for (RuleTable.Entry ex : t.exemptions) {
          OutcomeGround og = java.util.Objects.requireNonNull(ex.ground);
          if ((withholding & (1 << og.ordinal())) != 0) {
            if (first == null) {
              first = og;
            }
            b.addGrounds(t.applied(og, DecisionRule.RELEASE));
          }
        }
        if (first == null) {
          throw new IllegalStateException("no withholding ground");
        }
        b.nature(t.natureOf(first));
        if (partial) {
          b.disposition(Disposition.RELEASE_IN_PART).reportRow(OutcomeGround.PARTIALLY_RELEASED);
          addAll(bases, t.bases(DecisionRule.SEPARATION));
        } else {
          b.disposition(Disposition.WITHHOLD).reportRow(first);
          bases.add(t.withholdReply);
        }
        for (RuleTable.Entry ex : t.exemptions) {
          OutcomeGround og = java.util.Objects.requireNonNull(ex.ground);
          if ((withholding & (1 << og.ordinal())) != 0) {
            addAll(bases, og.getLegalBases(regime));
          }
        }
        steps.add(RequiredStep.of(StepKind.STATE_REASONS, false, null, null, t.withholdReply));
        if (partial) {
          steps.add(
              RequiredStep.of(
                  StepKind.SEPARATE_AND_REDACT, false, null, null, t.first(DecisionRule.SEPARATION)));
        }
      } else {
        b.disposition(Disposition.RELEASE).reportRow(OutcomeGround.RELEASED).nature(ExemptionNature.NONE);
        AppliedGround released = t.applied(OutcomeGround.RELEASED, DecisionRule.RELEASE);
        b.addGrounds(released);
        addAll(bases, t.bases(DecisionRule.RELEASE));
        addAll(bases, released.getLegalBases());
        // a discretionary exemption considered and not used is cited (2019 Art.16; 2008 国办发〔2010〕5号)
        for (DecisionRule r : DISCRETIONARY) {
          if (fired(r)) {
            addAll(bases, t.bases(r));
          }
        }
        if (overridden) {
          addAll(bases, t.bases(DecisionRule.PUBLIC_INTEREST_OVERRIDE));
        } else if (consented > 0) {
          bases.add(t.first(DecisionRule.THIRD_PARTY_RIGHTS));
        }
        if (fired(DecisionRule.LAW_REQUIRES_DISCLOSURE)) {
          addAll(bases, t.bases(DecisionRule.LAW_REQUIRES_DISCLOSURE));
        }
      }
      if (g == null) {
        substantiveSteps(consult, steps);
        if (discretionApplies) {
          b.discretion(discretionRecord());
        }
        if (overridden) {
          String reasons = a.getPublicInterestReasons();
          List<ThirdPartyInterest> over = barred;
          PublicInterestOverride.Builder ob =
              PublicInterestOverride.builder().reasons(reasons == null ? "" : reasons);
          if (over != null) {
            for (ThirdPartyInterest tp : over) {
              ob.addThirdParties(tp.getThirdParty());
            }
          }
          b.publicInterestOverride(ob.build());
        }
      }
      boolean provisional = false;
      for (RequiredStep s : steps) {
        provisional |= s.isBlocking();
      }
      if (provisional && steps.size() > 1) {
        List<RequiredStep> sorted = new ArrayList<>(steps.size());
        for (RequiredStep s : steps) {
          if (s.isBlocking()) {
            sorted.add(s);
          }
        }
        for (RequiredStep s : steps) {
          if (!s.isBlocking()) {
            sorted.add(s);
          }
        }
        steps = sorted;
      }
      return b.provisional(provisional).legalBases(bases).steps(steps).build();
    }

    private DiscretionRecord discretionRecord() {
      DiscretionRecord.Builder r =
          DiscretionRecord.builder()
              .choice(choice)
              .choiceByPolicyDefault(choiceByDefault)
              .lawRequiringDisclosure(lawName)
              .lawPrevails(lawPrevailsPara1 || lawPrevailsPara2);
      if (fired(DecisionRule.INTERNAL_AFFAIRS)) {
        r.addGrounds(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);
      }
      if (fired(DecisionRule.PROCESS_INFORMATION)) {
        r.addGrounds(OutcomeGround.WITHHELD_PROCESS_INFORMATION);
      }
      if (fired(DecisionRule.ENFORCEMENT_CASE_FILE)) {
        r.addGrounds(OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE);
      }
      return r.build();
    }

    private void substantiveSteps(boolean consult, List<RequiredStep> steps) {
      if (marked) {
        steps.add(
            RequiredStep.of(StepKind.CONFIDENTIALITY_REVIEW, false, null, null, t.confidentialityReview));
      }
      if (fired(DecisionRule.CONFIDENTIALITY_DOUBT)) {
        steps.add(
            RequiredStep.of(
                StepKind.SECRECY_DETERMINATION, true, null, null, t.first(DecisionRule.CONFIDENTIALITY_DOUBT)));
      }
      LegalBasis art32 = t.bases(DecisionRule.THIRD_PARTY_RIGHTS).get(1);
      List<ThirdPartyInterest> c = toConsult;
      if (consult && c != null) {
        for (ThirdPartyInterest tp : c) {
          steps.add(
              RequiredStep.of(
                  StepKind.THIRD_PARTY_CONSULTATION,
                  true,
                  tp.getThirdParty(),
                  tp.getConsent() == ConsentState.PENDING || r2019 ? a.getThirdPartyReplyDueDate() : null,
                  art32));
        }
      }
      List<ThirdPartyInterest> over = barred;
      if (overridden && over != null) {
        for (ThirdPartyInterest tp : over) {
          steps.add(
              RequiredStep.of(StepKind.THIRD_PARTY_OVERRIDE_NOTICE, false, tp.getThirdParty(), null, art32));
        }
      }
      ExcessiveRequestFinding ex = ctx.getExcessiveRequest();
      if (r2019 && ex == ExcessiveRequestFinding.REASONS_REQUESTED) {
        steps.add(
            RequiredStep.of(
                StepKind.ASK_FOR_REASONS, true, null, null, t.first(DecisionRule.EXCESSIVE_REQUEST)));
      } else if (r2019 && ex == ExcessiveRequestFinding.REASONABLE) {
        steps.add(
            RequiredStep.of(
                StepKind.SET_LATER_DEADLINE, false, null, null, t.first(DecisionRule.EXCESSIVE_REQUEST)));
      }
    }

    static Disposition gateDisposition(RuleTable.Entry gate) {
      Disposition d = gate.disposition;
      if (d == null) {
        throw new IllegalStateException("not a gate: " + gate.rule);
      }
      return d;
    }

    /**
     * Adds the provisions not yet cited, also when cited already with or without the interpretation
     * mark (so a special-route answer cites 2019 Art.36(7) once).
     */
    private static void addProvisions(List<LegalBasis> out, List<LegalBasis> more) {
      for (int i = 0, n = more.size(); i < n; i++) {
        LegalBasis lb = more.get(i);
        if (!RuleTable.containsProvision(out, lb)) {
          out.add(lb);
        }
      }
    }

    private static void addAll(List<LegalBasis> out, List<LegalBasis> more) {
      for (int i = 0, n = more.size(); i < n; i++) {
        LegalBasis lb = more.get(i);
        if (!out.contains(lb)) {
          out.add(lb);
        }
      }
    }
  }

  /** The discretionary exemptions (2019 Art.16), in catalogue order. */
  static final DecisionRule[] DISCRETIONARY = {
    DecisionRule.INTERNAL_AFFAIRS, DecisionRule.PROCESS_INFORMATION, DecisionRule.ENFORCEMENT_CASE_FILE,
  };

}

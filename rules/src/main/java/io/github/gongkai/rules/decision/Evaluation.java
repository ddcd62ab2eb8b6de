package io.github.gongkai.rules.decision;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.ThirdPartyInterest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of the rule table over one item: which rules fired, which exemptions were lifted or
 * withhold, which rules decided, and the decision built from their table entries. Rules are
 * identified by their place in the table ({@link RuleTable.Entry#position}).
 *
 * <p>The engine's own part, the same for every rule: a rule is considered only under a regime in
 * which it has provisions; the first gate that fires decides; an exemption that fires withholds
 * unless lifted, and a discretionary one only if the agency (or the policy's default) chooses to
 * withhold (《政府信息公开条例》(2019) 第十六条); with a withholding exemption the separation rule, if it
 * fires, releases the rest (第三十七条); otherwise the item is released, and the overrides that
 * fired are decisive.
 */
final class Evaluation {
  final InformationItem item;
  final ItemAssessment a;
  final DecisionContext ctx;
  final RuleTable t;
  final DecisionPolicy policy;
  final ThirdParties thirdParties;
  /** The facts read from the input ({@link Fact#read}). */
  final Set<Fact> facts;

  private final BitSet fired = new BitSet();
  private final BitSet lifted = new BitSet();
  private final BitSet withholds = new BitSet();
  private final BitSet decisive = new BitSet();
  /** The gate that decided, or null. */
  RuleTable.@Nullable Entry gate;
  /** A discretionary exemption fired. */
  boolean discretionApplies;
  DiscretionaryChoice choice = DiscretionaryChoice.WITHHOLD;
  boolean choiceByDefault;

  private Evaluation(
      InformationItem item, ItemAssessment a, DecisionContext ctx, RuleTable t, DecisionPolicy policy) {
    this.item = item;
    this.a = a;
    this.ctx = ctx;
    this.t = t;
    this.policy = policy;
    List<ThirdPartyInterest> interests = item.getThirdPartyInterests();
    this.thirdParties =
        interests.isEmpty()
            ? ThirdParties.NONE
            : ThirdParties.of(interests, a, policy, t.regime == Regime.R2008);
    this.facts = Fact.read(this);
  }

  /** Runs the table over an item. */
  static Evaluation run(
      InformationItem item, ItemAssessment a, DecisionContext ctx, RuleTable t, DecisionPolicy policy) {
    Evaluation e = new Evaluation(item, a, ctx, t, policy);
    e.considerRules();
    e.findDecisive();
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // the rules

  private void considerRules() {
    List<RuleTable.Entry> entries = t.considered;
    for (int i = 0, n = entries.size(); i < n; i++) {
      RuleTable.Entry e = entries.get(i);
      if (!fires(e)) {
        continue;
      }
      fired.set(e.position);
      if (e.stage == RuleTable.Stage.GATE) {
        if (gate == null) {
          gate = e;
        }
      } else if (e.stage == RuleTable.Stage.EXEMPTION) {
        exemption(e);
      }
    }
  }

  /** Whether a rule considered under the regime fires: its guard fact first, then its condition. */
  private boolean fires(RuleTable.Entry e) {
    Fact guard = e.guard;
    if (guard != null && !guard.holds(this)) {
      return false;
    }
    if (e.whenFact != null) {
      return true;
    }
    Condition when = e.when;
    return when != null && when.test(this);
  }

  private void exemption(RuleTable.Entry e) {
    boolean discretionary = e.nature == ExemptionNature.DISCRETIONARY;
    if (discretionary) {
      choose();
    }
    Condition lift = e.lifted;
    if (lift != null && lift.test(this)) {
      lifted.set(e.position);
    } else if (!discretionary || choice == DiscretionaryChoice.WITHHOLD) {
      withholds.set(e.position);
    }
  }

  /** The agency's choice under 2019 Art.16, or the policy's default. */
  private void choose() {
    if (discretionApplies) {
      return;
    }
    discretionApplies = true;
    DiscretionaryChoice c = a.getDiscretionaryChoice();
    if (c == null) {
      choice = policy.getDefaultDiscretionaryChoice();
      choiceByDefault = true;
    } else {
      choice = c;
    }
  }

  private void findDecisive() {
    RuleTable.Entry g = gate;
    if (g != null) {
      decisive.set(g.position);
    } else if (!withholds.isEmpty()) {
      decisive.or(withholds);
      markFired(t.separations);
    } else {
      fired.set(t.release.position);
      decisive.set(t.release.position);
      markFired(t.overrides);
    }
  }

  /** Marks the rules that fired among some decisive. */
  private void markFired(List<RuleTable.Entry> rules) {
    for (int i = 0, n = rules.size(); i < n; i++) {
      RuleTable.Entry e = rules.get(i);
      if (fired.get(e.position)) {
        decisive.set(e.position);
      }
    }
  }

  boolean fired(int position) {
    return fired.get(position);
  }

  boolean fired(RuleTable.Entry e) {
    return fired.get(e.position);
  }

  boolean lifted(int position) {
    return lifted.get(position);
  }

  boolean lifted(RuleTable.Entry e) {
    return lifted.get(e.position);
  }

  boolean decisive(RuleTable.Entry e) {
    return decisive.get(e.position);
  }

  boolean withholds(RuleTable.Entry e) {
    return withholds.get(e.position);
  }

  /** Whether an exemption withholds (the fact {@link Fact#WITHHOLDING}). */
  boolean withholding() {
    return !withholds.isEmpty();
  }

  /** A discretionary exemption that fired was lifted by a law requiring disclosure. */
  boolean discretionLifted() {
    for (RuleTable.Entry e : t.exemptions) {
      if (e.nature == ExemptionNature.DISCRETIONARY && lifted.get(e.position)) {
        return true;
      }
    }
    return false;
  }

  /** The fired rule of a stage, or null. */
  RuleTable.@Nullable Entry firedOf(RuleTable.Stage stage) {
    for (RuleTable.Entry e : t.entries) {
      if (e.stage == stage && fired.get(e.position)) {
        return e;
      }
    }
    return null;
  }

  /** A public-interest override lifted the third-party exemption (2019 Art.15). */
  boolean overridden() {
    return lifted.get(t.thirdPartyRights.position);
  }

  /** The law requiring disclosure (2019 Art.16 para.2), as named by the agency or a proactive duty. */
  @Nullable String lawName() {
    String law = a.getLawRequiringDisclosure();
    if (law != null) {
      return law;
    }
    ProactiveCategory proactive = item.getProactiveCategory();
    return proactive == null ? null : Explanations.proactiveDuty(proactive);
  }

  // ---------------------------------------------------------------------------------------------
  // the decision

  /**
   * The decision: a shared instance when it carries no item-specific text (third parties to
   * consult or notify, an agency's name, a law's name).
   */
  DisclosureDecision decision(SharedDecisions shared) {
    RuleTable.Entry g = gate;
    boolean consult = g == null && thirdParties.toConsult != null && !withheldWholeBesidesThirdParties();
    boolean notify = g == null && overridden();
    String agency = g != null && names(g, StepKind.NAME_RESPONSIBLE_AGENCY) ? a.getResponsibleAgency() : null;
    boolean law = g == null && discretionApplies && Fact.LAW_REQUIRES_DISCLOSURE.holds(this);
    if (consult || notify || agency != null || law) {
      return build(consult, agency);
    }
    SharedDecisions.Key key = key();
    DisclosureDecision d = shared.get(key);
    if (d == null) {
      d = build(false, null);
      shared.put(key.copy(), d);
    }
    return d;
  }

  private static boolean names(RuleTable.Entry e, StepKind kind) {
    for (RuleTable.Step s : e.steps) {
      if (s.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another mandatory exemption withholds the whole item (2019 Art.14): the third parties need not
   * be consulted.
   */
  private boolean withheldWholeBesidesThirdParties() {
    if (firedOf(RuleTable.Stage.SEPARATION) != null) {
      return false;
    }
    for (RuleTable.Entry e : t.exemptions) {
      if (e.nature == ExemptionNature.MANDATORY
          && e != t.thirdPartyRights
          && withholds.get(e.position)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Everything a decision without item-specific text depends on: the regime, every rule that fired
   * (so a new rule is part of the key by construction), the exemptions that withhold, and the
   * assessment and policy values {@link #build} reads besides them.
   */
  private SharedDecisions.Key key() {
    RuleTable.Entry g = gate;
    return new SharedDecisions.Key(
        t.regime,
        g == null ? null : g.rule,
        fired,
        withholds,
        discretionApplies,
        choice,
        choiceByDefault,
        Fact.CLASSIFIED.holds(this),
        thirdParties.consented > 0,
        ctx.getExcessiveRequest());
  }

  private DisclosureDecision build(boolean consult, @Nullable String agency) {
    DisclosureDecision.Builder b = DisclosureDecision.builder().regime(t.regime);
    List<LegalBasis> bases = new ArrayList<>(6);
    List<RequiredStep> steps = new ArrayList<>(2);
    RuleTable.Entry g = gate;
    if (g != null) {
      gateAnswer(g, agency, b, bases, steps);
    } else if (withholding()) {
      withholdingAnswer(b, bases, steps);
    } else {
      releaseAnswer(b, bases);
    }
    if (g == null) {
      substantiveSteps(consult, steps);
      if (discretionApplies) {
        b.discretion(discretionRecord());
      }
      if (overridden()) {
        b.publicInterestOverride(overrideRecord());
      }
    }
    boolean provisional = false;
    for (RequiredStep s : steps) {
      provisional |= s.isBlocking();
    }
    return b.provisional(provisional).legalBases(bases).steps(blockingFirst(steps)).build();
  }

  /** The first gate that fired decides: its ground, disposition, provisions and steps. */
  private void gateAnswer(
      RuleTable.Entry g,
      @Nullable String agency,
      DisclosureDecision.Builder b,
      List<LegalBasis> bases,
      List<RequiredStep> steps) {
    OutcomeGround ground = t.gateGround(g, policy);
    AppliedGround applied = t.applied(ground, g);
    b.disposition(Objects.requireNonNull(g.disposition)).reportRow(ground).nature(ExemptionNature.NONE);
    b.addGrounds(applied);
    addAll(bases, t.bases(g));
    addProvisions(bases, applied.getLegalBases());
    for (RuleTable.Step s : g.steps) {
      String party = s.kind() == StepKind.NAME_RESPONSIBLE_AGENCY ? agency : null;
      steps.add(RequiredStep.of(s.kind(), s.blocking(), party, null, t.first(g)));
    }
  }

  /**
   * Every exemption that withholds is a ground, the first in table order the report row; with a
   * separable item the separation rule releases the rest (2019 Art.37) and is counted instead.
   */
  private void withholdingAnswer(DisclosureDecision.Builder b, List<LegalBasis> bases, List<RequiredStep> steps) {
    RuleTable.Entry first = null;
    Set<OutcomeGround> grounds = EnumSet.noneOf(OutcomeGround.class);
    List<OutcomeGround> inOrder = new ArrayList<>(2);
    for (RuleTable.Entry ex : t.exemptions) {
      OutcomeGround og = Objects.requireNonNull(ex.ground);
      if (withholds.get(ex.position)) {
        if (first == null) {
          first = ex;
        }
        if (grounds.add(og)) {
          inOrder.add(og);
          b.addGrounds(t.applied(og, t.release));
        }
      }
    }
    if (first == null) {
      throw new IllegalStateException("no withholding exemption");
    }
    OutcomeGround firstGround = Objects.requireNonNull(first.ground);
    b.nature(t.natureOf(firstGround));
    RuleTable.Entry separation = firedOf(RuleTable.Stage.SEPARATION);
    if (separation != null) {
      b.disposition(Objects.requireNonNull(separation.disposition))
          .reportRow(Objects.requireNonNull(separation.ground));
      addAll(bases, t.bases(separation));
    } else {
      b.disposition(Objects.requireNonNull(first.disposition)).reportRow(firstGround);
      bases.add(t.withholdReply);
    }
    for (OutcomeGround og : inOrder) {
      addAll(bases, og.getLegalBases(t.regime));
    }
    steps.add(RequiredStep.of(StepKind.STATE_REASONS, false, null, null, t.withholdReply));
    if (separation != null) {
      for (RuleTable.Step s : separation.steps) {
        steps.add(RequiredStep.of(s.kind(), s.blocking(), null, null, t.first(separation)));
      }
    }
  }

  /**
   * The release: its provisions, a discretionary exemption considered and not used (2019 Art.16;
   * 2008 国办发〔2010〕5号), third parties' consent (Art.15) and the overrides that fired.
   */
  private void releaseAnswer(DisclosureDecision.Builder b, List<LegalBasis> bases) {
    RuleTable.Entry rel = t.release;
    OutcomeGround ground = Objects.requireNonNull(rel.ground);
    b.disposition(Objects.requireNonNull(rel.disposition)).reportRow(ground).nature(ExemptionNature.NONE);
    AppliedGround released = t.applied(ground, rel);
    b.addGrounds(released);
    addAll(bases, t.bases(rel));
    addAll(bases, released.getLegalBases());
    for (RuleTable.Entry ex : t.exemptions) {
      if (ex.nature == ExemptionNature.DISCRETIONARY && fired.get(ex.position)) {
        addAll(bases, t.bases(ex));
      }
    }
    if (!overridden() && thirdParties.consented > 0) {
      bases.add(t.first(t.thirdPartyRights));
    }
    for (RuleTable.Entry e : t.entries) {
      if (e.stage == RuleTable.Stage.OVERRIDE && fired.get(e.position)) {
        addAll(bases, t.bases(e));
      }
    }
  }

  private DiscretionRecord discretionRecord() {
    DiscretionRecord.Builder r =
        DiscretionRecord.builder()
            .choice(choice)
            .choiceByPolicyDefault(choiceByDefault)
            .lawRequiringDisclosure(lawName())
            .lawPrevails(discretionLifted());
    for (RuleTable.Entry e : t.exemptions) {
      if (e.nature == ExemptionNature.DISCRETIONARY && fired.get(e.position)) {
        r.addGrounds(Objects.requireNonNull(e.ground));
      }
    }
    return r.build();
  }

  private PublicInterestOverride overrideRecord() {
    String reasons = a.getPublicInterestReasons();
    PublicInterestOverride.Builder ob = PublicInterestOverride.builder().reasons(reasons == null ? "" : reasons);
    List<ThirdPartyInterest> over = thirdParties.barred;
    if (over != null) {
      for (ThirdPartyInterest tp : over) {
        ob.addThirdParties(tp.getThirdParty());
      }
    }
    return ob.build();
  }

  /**
   * The steps of a substantive answer: confidentiality review of a marked item (2019 Art.17 para.2),
   * the steps of the checks that fired, the third parties' consultation and override notices
   * (Art.32) and the excessive-request steps (Art.35).
   */
  private void substantiveSteps(boolean consult, List<RequiredStep> steps) {
    if (Fact.CLASSIFIED.holds(this)) {
      steps.add(RequiredStep.of(StepKind.CONFIDENTIALITY_REVIEW, false, null, null, t.confidentialityReview));
    }
    for (RuleTable.Entry e : t.entries) {
      if (e.stage == RuleTable.Stage.CHECK && fired.get(e.position)) {
        for (RuleTable.Step s : e.steps) {
          steps.add(RequiredStep.of(s.kind(), s.blocking(), null, null, t.first(e)));
        }
      }
    }
    thirdPartySteps(consult, steps);
    excessiveRequestSteps(steps);
  }

  private void thirdPartySteps(boolean consult, List<RequiredStep> steps) {
    LegalBasis art32 = t.bases(t.thirdPartyRights).get(1);
    List<ThirdPartyInterest> c = thirdParties.toConsult;
    if (consult && c != null) {
      boolean r2019 = t.regime == Regime.R2019;
      for (ThirdPartyInterest tp : c) {
        boolean dated = tp.getConsent() == ConsentState.PENDING || r2019;
        steps.add(
            RequiredStep.of(
                StepKind.THIRD_PARTY_CONSULTATION,
                true,
                tp.getThirdParty(),
                dated ? a.getThirdPartyReplyDueDate() : null,
                art32));
      }
    }
    List<ThirdPartyInterest> over = thirdParties.barred;
    if (overridden() && over != null) {
      for (ThirdPartyInterest tp : over) {
        steps.add(RequiredStep.of(StepKind.THIRD_PARTY_OVERRIDE_NOTICE, false, tp.getThirdParty(), null, art32));
      }
    }
  }

  /** Art.35: reasons asked for, or a later deadline set, when requests are excessive but not refused. */
  private void excessiveRequestSteps(List<RequiredStep> steps) {
    RuleTable.Entry rule = t.excessiveRequest;
    if (!t.applies(rule)) {
      return;
    }
    ExcessiveRequestFinding ex = ctx.getExcessiveRequest();
    if (ex == ExcessiveRequestFinding.REASONS_REQUESTED) {
      steps.add(RequiredStep.of(StepKind.ASK_FOR_REASONS, true, null, null, t.first(rule)));
    } else if (ex == ExcessiveRequestFinding.REASONABLE) {
      steps.add(RequiredStep.of(StepKind.SET_LATER_DEADLINE, false, null, null, t.first(rule)));
    }
  }

  /** Blocking steps first, each group in the order given. */
  private static List<RequiredStep> blockingFirst(List<RequiredStep> steps) {
    if (steps.size() < 2) {
      return steps;
    }
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
    return sorted;
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

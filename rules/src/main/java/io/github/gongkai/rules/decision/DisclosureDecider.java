package io.github.gongkai.rules.decision;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.item.InformationItem;
import java.util.ArrayList;
import java.util.List;

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
 * <p>Each rule, with the condition under which it fires, the ground, disposition and nature it
 * yields, the provisions it cites and its label and reasons in Chinese and English, is one entry of
 * the rule table {@code decision-rules.tsv}; the engine applies the same stages to every entry (see
 * {@code CONTRIBUTING.md}, "Adding a decision rule").
 *
 * <p>{@link #decide} is the fast path: no trace, and decisions without item-specific text (third
 * parties, agency names, reasons) are shared instances. {@link #explain} returns the same decision
 * with a trace of every rule. Immutable and thread-safe.
 */
public final class DisclosureDecider {
  private static final DisclosureDecider STANDARD =
      new DisclosureDecider(DecisionPolicy.defaults(), RuleTable.standard());

  private final DecisionPolicy policy;
  private final RuleTable.Regimes rules;
  private final SharedDecisions shared = new SharedDecisions();

  private DisclosureDecider(DecisionPolicy policy, RuleTable.Regimes rules) {
    this.policy = policy;
    this.rules = rules;
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
    return new DisclosureDecider(InvalidValueException.requireNonNull(policy, "policy"), RuleTable.standard());
  }

  /**
   * A decider over another rule table (tests of the table itself).
   *
   * @param policy the policy
   * @param rules the rule table under both regimes
   * @return the decider
   */
  static DisclosureDecider of(DecisionPolicy policy, RuleTable.Regimes rules) {
    return new DisclosureDecider(policy, rules);
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
    return evaluate(item, assessment, context).decision(shared);
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
    DisclosureDecision d = e.decision(shared);
    return DisclosureDecision.builder().from(d).trace(Explanations.trace(e)).build();
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

  private Evaluation evaluate(InformationItem item, ItemAssessment a, DecisionContext ctx) {
    InvalidValueException.requireNonNull(item, "item");
    InvalidValueException.requireNonNull(a, "assessment");
    InvalidValueException.requireNonNull(ctx, "context");
    return Evaluation.run(item, a, ctx, rules.of(ctx.getEffectiveRegime()), policy);
  }
}

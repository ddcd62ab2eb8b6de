/**
 * Disclosure decisions (政府信息公开申请的答复决定): may this item be released, what must be withheld, and
 * on which article.
 *
 * <p>{@link io.github.gongkai.rules.decision.DisclosureDecider} is a pure function from the facts of
 * an {@link io.github.gongkai.core.item.InformationItem}, the agency's {@link
 * io.github.gongkai.rules.decision.ItemAssessment} and the request's {@link
 * io.github.gongkai.rules.decision.DecisionContext} to a {@link
 * io.github.gongkai.rules.decision.DisclosureDecision}: a {@link
 * io.github.gongkai.rules.decision.Disposition}, the grounds from the one catalogue ({@link
 * io.github.gongkai.core.OutcomeGround}) with their legal bases under the regime, the steps the
 * agency must take first, the annual-report row, and on request an explanation trace of every rule
 * considered. {@link io.github.gongkai.rules.decision.RequestDecision} combines the decisions on the
 * several items of one request into one answer and one report row.
 *
 * <p>All types are immutable and thread-safe; null is never accepted or returned unless marked.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.decision;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Proactive disclosure and 双公示 tracking: when information must be published, where each item and
 * licensing or penalty decision stands, and what is due or late on a given day.
 *
 * <ul>
 *   <li>{@link io.github.gongkai.rules.publication.PublicationDeadlines}: publication due dates on
 *       the working calendar — proactive information within 20 working days of being formed or
 *       changed (《中华人民共和国政府信息公开条例》第二十六条), licensing and penalty decisions within 7
 *       working days of the decision (国办发〔2015〕51号, a policy limit) or 20 for market-regulation
 *       penalties (国家市场监督管理总局令第45号), withdrawal of a changed or revoked penalty decision
 *       within 3 working days (《中华人民共和国行政处罚法》第四十八条、第八十五条). The limits and their
 *       sources are the reviewed table {@code publication-limits.tsv} ({@link
 *       io.github.gongkai.rules.publication.PublicationLimits}); what the sources leave to the agency
 *       or give only as policy is a parameter of {@link
 *       io.github.gongkai.rules.publication.PublicationPolicy}. Every due date is a {@link
 *       io.github.gongkai.rules.deadline.Deadline} whose trace names its provision.
 *   <li>{@link io.github.gongkai.rules.publication.PublicationItem} (a proactive item with its dated
 *       drafting, approval, publication, withdrawal and correction records) and {@link
 *       io.github.gongkai.rules.publication.EnforcementDecision} (a 双公示 licensing or penalty
 *       decision): JSON documents, read strictly like every gongkai document.
 *   <li>{@link io.github.gongkai.rules.publication.PublicationTracker}: state, due date and lateness
 *       of each, exclusions, the on-time publication rate and the counts of table 二's 行政许可 and
 *       行政处罚 rows; {@link io.github.gongkai.rules.publication.Agenda}: what is overdue or due
 *       within N working days on a date, across items, decisions and open disclosure requests.
 * </ul>
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.publication;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

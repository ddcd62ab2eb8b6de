/**
 * The life of a disclosure request, replayed from its event history.
 *
 * <p>{@link io.github.gongkai.rules.lifecycle.Lifecycle#of} checks that the history is possible
 * (else {@link io.github.gongkai.rules.lifecycle.InconsistentHistoryException} naming both events)
 * and returns a {@link io.github.gongkai.rules.lifecycle.RequestStatus}: current state, receipt
 * date, reply due date with its trace, days overdue, the outcome row of table 三 once closed, and
 * the state on any date for the annual report's carry-over rows. {@link
 * io.github.gongkai.rules.lifecycle.ReceiptRules} establishes the receipt date by channel (2019
 * Art.31; 207号 before 2019-05-15). All types are immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

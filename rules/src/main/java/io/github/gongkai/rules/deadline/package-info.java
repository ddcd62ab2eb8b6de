/**
 * Statutory time limits for disclosure on request and proactive disclosure, under both
 * Regulations.
 *
 * <p>{@link io.github.gongkai.rules.deadline.DeadlineEngine} counts working days on a {@link
 * io.github.gongkai.core.calendar.WorkingCalendar}: the reply period (2019 Art.33: 20 working days,
 * extension up to 20; 2008 Art.24: 15 + 15), the correction notice (2019 Art.30: 7 working days)
 * and the restart from the corrected request, consultation pauses (2019 Art.32–34), an Art.35 date,
 * the fee payment window and proactive publication (2019 Art.26). Points the law leaves open are
 * parameters of {@link io.github.gongkai.rules.deadline.DeadlinePolicy}, each with a documented
 * default. Every result carries an auditable trace of {@link
 * io.github.gongkai.rules.deadline.DeadlineStep}s and the calendar version used. All types are
 * immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.deadline;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

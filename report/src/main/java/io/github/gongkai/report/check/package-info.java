/**
 * Consistency checks of annual reports, computed or typed in: {@link
 * io.github.gongkai.report.check.ReportChecker} returns {@link io.github.gongkai.report.check.Finding}s
 * — an inconsistent report is a value, not an exception. All types are immutable and thread-safe;
 * null is never accepted or returned unless marked.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.report.check;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

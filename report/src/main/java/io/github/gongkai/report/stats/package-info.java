/**
 * Legacy and custom statistics: {@link io.github.gongkai.report.stats.Shares} (percentage shares by
 * a {@link io.github.gongkai.report.stats.ShareMethod}: each rounded on its own by default, or by
 * largest remainder to add up to exactly 100%), {@link io.github.gongkai.report.stats.PrintedFigure}
 * (printed figures that may be approximate, such as 430余条 or 90%以上), {@link
 * io.github.gongkai.report.stats.CategoryTable} and {@link io.github.gongkai.report.stats.CategoryCheck}
 * (checks of a printed category table), {@link io.github.gongkai.report.stats.Rate}
 * (numerator over denominator, e.g. 全文电子化率), {@link io.github.gongkai.report.stats.YearOverYear},
 * and {@link io.github.gongkai.report.stats.LegacyReport}, the pre-2019 report under Art.32 of the
 * 2008 Regulation; and statistics computed from records: {@link
 * io.github.gongkai.report.stats.ProactiveStats} (published items by class, medium and part of a
 * {@link io.github.gongkai.report.stats.Period}, with shares and period-over-period and
 * year-over-year change; {@link io.github.gongkai.report.stats.FormulaRate}s such as 应公开已公开率
 * and 按期答复率; {@link io.github.gongkai.report.stats.WorkingDaysSummary} timing of answers; table
 * 二's licensing and penalty counts). All types are immutable and thread-safe; null is never accepted or returned
 * unless marked.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.report.stats;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Reading published annual reports (政府信息公开工作年度报告) from their web pages and text: {@link
 * io.github.gongkai.report.read.ReportReader} finds the tables 二, 三 and 四, matches the printed row
 * and column labels to the standard rows and columns of the format's layout ({@link
 * io.github.gongkai.report.read.LabelMatcher}: exact, normalised, near-miss by edit distance, or by
 * position), splits run-together digits into cells by the table's own identities, and returns an
 * {@link io.github.gongkai.report.AnnualReport} with a reading log ({@link
 * io.github.gongkai.report.read.ReadResult}). A cell that cannot be read with certainty is left
 * blank and listed, never guessed. All types are immutable and thread-safe; null is never accepted
 * or returned unless marked.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.report.read;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * gongkai report: the annual report on open government information (政府信息公开工作年度报告).
 *
 * <p>{@link io.github.gongkai.report.ReportFormat} names the statutory formats (国办公开办函〔2021〕30号,
 * the 2019 trial format 60号, and the pre-2019 report under Art.32 of the 2008 Regulation); {@link
 * io.github.gongkai.report.ReportLayout} is a format's sections, tables, rows and columns, loaded from
 * the reviewed resource {@code report-layouts.tsv}; every cell has a {@link
 * io.github.gongkai.report.CellAddress} and holds a {@link io.github.gongkai.report.CellValue} (blank,
 * "/" or a number). {@link io.github.gongkai.report.AnnualReport} is a filled-in report, read and
 * written as JSON by {@link io.github.gongkai.report.ReportJson}. All types are immutable and
 * thread-safe; null is never accepted or returned unless marked.
 */
@NullMarked
package io.github.gongkai.report;

import org.jspecify.annotations.NullMarked;

/**
 * Aggregation of request records into the annual report: {@link
 * io.github.gongkai.report.aggregate.ReportAccumulator} counts one agency's requests (through the
 * request lifecycle), review and litigation cases for one year, merges with other accumulators
 * (departments into their government, input split across threads) and produces an {@link
 * io.github.gongkai.report.AnnualReport} in any format with tables. Accumulators are mutable and not
 * thread-safe; every other type is immutable and thread-safe. Null is never accepted or returned
 * unless marked.
 */
@NullMarked
package io.github.gongkai.report.aggregate;

import org.jspecify.annotations.NullMarked;

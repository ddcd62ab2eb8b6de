/**
 * Administrative review (行政复议) and litigation (行政诉讼) cases about disclosure, as counted in
 * table 四 of the annual report.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.core.remedy;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;

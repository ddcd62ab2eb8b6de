/**
 * gongkai core: the domain of China's government information disclosure (政府信息公开).
 *
 * <p>{@link io.github.gongkai.core.Regime} tells which Regulation governs a date;
 * {@link io.github.gongkai.core.LegalBasis} cites an article; {@link
 * io.github.gongkai.core.OutcomeGround} is the single catalogue of outcome grounds — the rows of
 * the annual report's table 三 — used by decisions, redaction logs and statistics alike. All types
 * are immutable and thread-safe; no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.core;

import org.jspecify.annotations.NullMarked;

/**
 * Redaction for partial disclosure (区分处理, 2019 Art.37; 2008 Art.22).
 *
 * <p>{@link io.github.gongkai.rules.redact.Redactor} applies scanner findings and caller-supplied
 * {@link io.github.gongkai.rules.redact.RedactionSpan}s with configurable {@link
 * io.github.gongkai.rules.redact.Mask}s, merging overlaps, and returns a {@link
 * io.github.gongkai.rules.redact.RedactionResult}: the redacted text and a log whose entries name
 * the type, the position and the outcome ground from the one catalogue ({@link
 * io.github.gongkai.core.OutcomeGround}) with its legal bases, in Chinese and English, ready to be
 * cited in an answer letter.
 */
@NullMarked
package io.github.gongkai.rules.redact;

import org.jspecify.annotations.NullMarked;

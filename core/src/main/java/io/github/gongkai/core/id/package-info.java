/**
 * Pure checks of Chinese personal and organisational identifiers.
 *
 * <p>{@link io.github.gongkai.core.id.ResidentIdNumbers} (公民身份号码, GB 11643), {@link
 * io.github.gongkai.core.id.UnifiedSocialCreditCodes} (统一社会信用代码, GB 32100), {@link
 * io.github.gongkai.core.id.ChinaMobileNumbers}, {@link io.github.gongkai.core.id.Luhn} and {@link
 * io.github.gongkai.core.id.Masking}. Every check works on a {@link java.lang.CharSequence} or on a
 * {@code [start, end)} range of one, allocates nothing, and is thread-safe, so a scanner can call it
 * on a window of a large buffer. Checks expect ASCII digits and letters; text with full-width forms
 * (０-９, Ａ-Ｚ) must be folded first, as the personal-data scanner does.
 *
 * <p>Code tables (province codes, registration-authority codes) are reviewed resources beside these
 * classes that name their sources.
 */
@NullMarked
package io.github.gongkai.core.id;

import org.jspecify.annotations.NullMarked;

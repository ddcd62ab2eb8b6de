/**
 * Reusable Jakarta Bean Validation constraints for Chinese identifiers, for use on the fields of your own
 * forms and DTOs: {@link io.github.gongkai.core.validation.ResidentIdNumber}, {@link
 * io.github.gongkai.core.validation.UnifiedSocialCreditCode}, {@link
 * io.github.gongkai.core.validation.ChinaMobileNumber}; and {@link
 * io.github.gongkai.core.validation.ValidIdentityNumber}, used on gongkai's own identity proofs.
 *
 * <p>Messages, in English and Chinese, are in {@code ContributorValidationMessages.properties} at
 * the root of gongkai-core ({@code _zh} for {@code zh}, {@code zh_CN} and by fallback {@code zh_TW}
 * and {@code zh_HK}; {@code _en} for English). Hibernate Validator aggregates bundles of that name
 * across jars, so they never shadow the application's own {@code ValidationMessages.properties}.
 * With another provider, copy gongkai's keys into your own bundle.
 */
@NullMarked
package io.github.gongkai.core.validation;

import org.jspecify.annotations.NullMarked;

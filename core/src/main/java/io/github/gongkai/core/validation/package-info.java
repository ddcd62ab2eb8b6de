/**
 * Reusable Jakarta Bean Validation constraints for Chinese identifiers, for use on the fields of your own
 * forms and DTOs: {@link io.github.gongkai.core.validation.ResidentIdNumber}, {@link
 * io.github.gongkai.core.validation.UnifiedSocialCreditCode}, {@link
 * io.github.gongkai.core.validation.ChinaMobileNumber}; and {@link
 * io.github.gongkai.core.validation.ValidIdentityNumber}, used on gongkai's own identity proofs.
 *
 * <p>Messages, in English and Chinese ({@code zh_CN}), are in {@code ValidationMessages.properties}
 * at the root of gongkai-core. An application that ships its own {@code ValidationMessages.properties}
 * shadows that file; gongkai therefore also ships the same messages as {@code
 * ContributorValidationMessages.properties}, which Hibernate Validator reads from every jar. With
 * another provider, copy gongkai's keys into your own bundle.
 */
@NullMarked
package io.github.gongkai.core.validation;

import org.jspecify.annotations.NullMarked;

package io.github.gongkai.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On {@link io.github.gongkai.core.request.IdentityProof}: the number must pass the check of its
 * document type — {@link ResidentIdNumber} (18 characters, or the old 15-digit form) for a resident
 * identity card, {@link UnifiedSocialCreditCode} for a unified social credit code. Other document
 * types are not checked. The violation is reported on the {@code number} property; the message
 * never echoes the number.
 */
@Documented
@Constraint(validatedBy = ValidIdentityNumberValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidIdentityNumber {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.gongkai.core.validation.ValidIdentityNumber.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

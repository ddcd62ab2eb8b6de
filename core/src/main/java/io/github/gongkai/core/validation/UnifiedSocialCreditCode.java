package io.github.gongkai.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a unified social credit code (统一社会信用代码) under GB 32100: 18 characters from the code's alphabet with a valid check character.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} to require a value). The check is
 * {@link io.github.gongkai.core.id.UnifiedSocialCreditCodes}. The default message, in Chinese and English, is
 * {@code {io.github.gongkai.core.validation.UnifiedSocialCreditCode.message}}; it never echoes the value.
 *
 * <pre>{@code
 * record Form(@UnifiedSocialCreditCode String value) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface UnifiedSocialCreditCode {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.gongkai.core.validation.UnifiedSocialCreditCode.message}";

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

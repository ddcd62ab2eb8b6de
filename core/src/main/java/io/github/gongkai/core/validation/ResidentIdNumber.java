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
 * The annotated {@link CharSequence} must be a resident identity number (居民身份证号码) under GB 11643: 18 characters with a valid region prefix, birth date and MOD 11-2 check character; with {@link #allowLegacy15()} also the old 15-digit form.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} to require a value). The check is
 * {@link io.github.gongkai.core.id.ResidentIdNumbers}. The default message, in Chinese and English, is
 * {@code {io.github.gongkai.core.validation.ResidentIdNumber.message}}; it never echoes the value.
 *
 * <pre>{@code
 * record Form(@ResidentIdNumber String value) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentIdNumber {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.gongkai.core.validation.ResidentIdNumber.message}";

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

  /**
   * Whether the old 15-digit form (first-generation cards) is also accepted.
   *
   * @return true to accept 15-digit numbers; false by default
   */
  boolean allowLegacy15() default false;
}

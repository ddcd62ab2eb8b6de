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
 * The annotated {@link CharSequence} must be a mainland China mobile number: 11 digits {@code 1[3-9]xxxxxxxxx}, optionally with a {@code +86} or {@code 0086} prefix and 3-4-4 grouping by one space or hyphen.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} to require a value). The check is
 * {@link io.github.gongkai.core.id.ChinaMobileNumbers}. The default message, in Chinese and English, is
 * {@code {io.github.gongkai.core.validation.ChinaMobileNumber.message}}; it never echoes the value.
 *
 * <pre>{@code
 * record Form(@ChinaMobileNumber String value) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ChinaMobileNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ChinaMobileNumber {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.gongkai.core.validation.ChinaMobileNumber.message}";

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

package io.github.gongkai.core.validation;

import io.github.gongkai.core.id.ChinaMobileNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ChinaMobileNumber} with {@link ChinaMobileNumbers}. Stateless after initialisation and
 * thread-safe.
 */
public final class ChinaMobileNumberValidator implements ConstraintValidator<ChinaMobileNumber, CharSequence> {

  /** Creates the validator; called by the Bean Validation provider. */
  public ChinaMobileNumberValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ChinaMobileNumbers.isValid(value);
  }
}

package io.github.gongkai.core.validation;

import io.github.gongkai.core.id.ResidentIdNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ResidentIdNumber} with {@link ResidentIdNumbers}. Stateless after initialisation and
 * thread-safe.
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {
  private boolean allowLegacy15;

  @Override
  public void initialize(ResidentIdNumber constraint) {
    this.allowLegacy15 = constraint.allowLegacy15();
  }

  /** Creates the validator; called by the Bean Validation provider. */
  public ResidentIdNumberValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ResidentIdNumbers.isValid(value) || (allowLegacy15 && ResidentIdNumbers.isValidLegacy15(value));
  }
}

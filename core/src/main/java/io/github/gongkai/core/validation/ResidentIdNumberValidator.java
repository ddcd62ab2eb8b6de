package io.github.gongkai.core.validation;

import io.github.gongkai.core.id.ResidentIdNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ResidentIdNumber} with {@link ResidentIdNumbers}; a birth date after today, as
 * told by the provider's {@link jakarta.validation.ClockProvider}, is invalid. Stateless after initialisation and
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
    if (value == null) {
      return true;
    }
    // "today" is the Bean Validation provider's clock (ClockProvider), never a hidden one
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    return ResidentIdNumbers.isValid(value, today)
        || (allowLegacy15 && ResidentIdNumbers.isValidLegacy15(value, 0, value.length(), today));
  }
}

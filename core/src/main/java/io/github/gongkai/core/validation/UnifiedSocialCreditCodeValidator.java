package io.github.gongkai.core.validation;

import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link UnifiedSocialCreditCode} with {@link UnifiedSocialCreditCodes}. Stateless after initialisation and
 * thread-safe.
 */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {

  /** Creates the validator; called by the Bean Validation provider. */
  public UnifiedSocialCreditCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || UnifiedSocialCreditCodes.isValid(value);
  }
}

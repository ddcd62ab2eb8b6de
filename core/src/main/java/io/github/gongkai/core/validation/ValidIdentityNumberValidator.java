package io.github.gongkai.core.validation;

import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import io.github.gongkai.core.request.IdentityProof;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidIdentityNumber}. Stateless and thread-safe. */
public final class ValidIdentityNumberValidator
    implements ConstraintValidator<ValidIdentityNumber, IdentityProof> {

  /** Creates the validator; called by the Bean Validation provider. */
  public ValidIdentityNumberValidator() {}

  @Override
  public boolean isValid(@Nullable IdentityProof proof, ConstraintValidatorContext context) {
    if (proof == null || isValidNumber(proof, LocalDate.now(context.getClockProvider().getClock()))) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("number")
        .addConstraintViolation();
    return false;
  }

  /**
   * Whether the proof's number passes the check of its document type.
   *
   * @param proof the proof; not null
   * @param today the latest acceptable birth date of a resident identity number; not null
   * @return true if valid or if the document type has no check
   */
  public static boolean isValidNumber(IdentityProof proof, LocalDate today) {
    String n = proof.getNumber();
    switch (proof.getDocumentType()) {
      case RESIDENT_IDENTITY_CARD:
        return n.length() == 15
            ? ResidentIdNumbers.isValidLegacy15(n, 0, 15, today)
            : ResidentIdNumbers.isValid(n, today);
      case UNIFIED_SOCIAL_CREDIT_CODE:
        return UnifiedSocialCreditCodes.isValid(n);
      default:
        return true;
    }
  }
}

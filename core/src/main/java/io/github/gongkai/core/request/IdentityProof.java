package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.validation.ValidIdentityNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identity proof (身份证明) an applicant gives (2019 Art.29(2) item 1): the kind of document and
 * its number.
 *
 * <p>The builder normalises the number: surrounding whitespace is removed, and for resident identity
 * numbers and unified social credit codes letters are upper-cased. The number is a personal identifier: {@link #toString()} and every exception message show it
 * masked (first 3 and last 4 characters, by {@link io.github.gongkai.core.id.Masking}). The builder rejects a number that cannot be of the stated
 * kind (wrong length or characters); whether its check character is right is a Bean Validation
 * concern ({@link ValidIdentityNumber}), so that a request with a mistyped number can still be
 * recorded and sent for correction.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValidIdentityNumber
@JsonSerialize(as = ImmutableIdentityProof.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableIdentityProof.class)
@JsonDeserialize(as = ImmutableIdentityProof.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableIdentityProof.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"documentType", "number"})
public abstract class IdentityProof {
  private static final Pattern USCC_SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  IdentityProof() {}

  /**
   * The kind of document.
   *
   * @return the document type
   */
  public abstract IdentityDocumentType getDocumentType();

  /**
   * The document number, without surrounding whitespace. A personal identifier: never shown whole.
   *
   * @return the number
   */
  @Value.Redacted
  public abstract @NotBlank(message = "{gongkai.identityProof.number.NotBlank}") @Size(
      max = 64,
      message = "{gongkai.identityProof.number.Size}") String getNumber();

  /**
   * The number masked for display: first 3 and last 4 characters kept.
   *
   * @return the masked number
   */
  @JsonIgnore
  public String getMaskedNumber() {
    return Masking.mask(getNumber());
  }

  /**
   * Normalises the number — surrounding whitespace removed; letters upper-cased for resident
   * identity numbers and unified social credit codes, whose check character may be written {@code
   * x} — and rejects one that cannot be of the stated kind.
   *
   * @return this proof, or its normalised copy
   */
  @Value.Check
  IdentityProof normalize() {
    String n = getNumber();
    String norm = n.strip();
    IdentityDocumentType type = getDocumentType();
    boolean coded =
        type == IdentityDocumentType.RESIDENT_IDENTITY_CARD
            || type == IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE;
    if (coded) {
      norm = norm.toUpperCase(Locale.ROOT);
    }
    if (!norm.equals(n)) {
      return builder().from(this).number(norm).build();
    }
    if (type == IdentityDocumentType.RESIDENT_IDENTITY_CARD
        && !isResidentIdShape(n)) {
      throw new InvalidValueException(
          "identityProof.number",
          Masking.mask(n),
          "must be 17 digits and a check character (0-9 or X), or 15 digits, for a resident"
              + " identity card");
    }
    if (type == IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
        && !USCC_SHAPE.matcher(n).matches()) {
      throw new InvalidValueException(
          "identityProof.number",
          n,
          "must be 18 characters of 0-9 and A-Y without I, O, Z, S, V for a unified social credit"
              + " code");
    }
    return this;
  }

  /**
   * Whether {@code n} is 17 ASCII digits and a check character (a digit or {@code X}), or 15 ASCII
   * digits: the shape of a resident identity number (the regular expression {@code
   * \\d{17}[\\dX]|\\d{15}}, checked without one for every request read).
   */
  static boolean isResidentIdShape(String n) {
    int length = n.length();
    if (length != 18 && length != 15) {
      return false;
    }
    int digits = length == 18 ? 17 : 15;
    for (int i = 0; i < digits; i++) {
      char c = n.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    if (length == 15) {
      return true;
    }
    char check = n.charAt(17);
    return check == 'X' || (check >= '0' && check <= '9');
  }

  /**
   * Shows the document type and the masked number.
   *
   * @return e.g. {@code IdentityProof{documentType=resident-identity-card, number=110***********123X}}
   */
  @Override
  public String toString() {
    return "IdentityProof{documentType="
        + getDocumentType().getCode()
        + ", number="
        + getMaskedNumber()
        + "}";
  }

  /**
   * An identity proof.
   *
   * @param documentType the kind of document; not null
   * @param number the number; not null
   * @return the proof
   * @throws InvalidValueException if a value is missing or the number cannot be of that kind
   */
  public static IdentityProof of(IdentityDocumentType documentType, String number) {
    return builder().documentType(documentType).number(number).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IdentityProof}. */
  public static final class Builder extends ImmutableIdentityProof.Builder {
    Builder() {}
  }
}

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an applicant (联系方式, 2019 Art.29(2) item 1): at least one of telephone, e-mail and
 * postal address.
 *
 * <p>The builder requires at least one contact; formats (e-mail syntax, six-digit postal code) are
 * checked by Bean Validation, so that a request with a mistyped address can still be recorded.
 * Telephone numbers are personal data: {@link #toString()} masks them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContacts.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableContacts.class)
@JsonDeserialize(as = ImmutableContacts.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableContacts.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"phone", "email", "postalAddress", "postalCode"})
public abstract class Contacts {
  Contacts() {}

  /**
   * Telephone number (mobile or fixed line), as given.
   *
   * @return the number, or null
   */
  public abstract @Nullable @Size(max = 32, message = "{gongkai.contacts.phone.Size}") String
      getPhone();

  /**
   * E-mail address.
   *
   * @return the address, or null
   */
  public abstract @Nullable @Email(message = "{gongkai.contacts.email.Email}") String getEmail();

  /**
   * Postal address.
   *
   * @return the address, or null
   */
  public abstract @Nullable @Size(max = 500, message = "{gongkai.contacts.postalAddress.Size}") String
      getPostalAddress();

  /**
   * Six-digit postal code (邮政编码).
   *
   * @return the postal code, or null
   */
  public abstract @Nullable @Pattern(regexp = "\\d{6}", message = "{gongkai.contacts.postalCode.Pattern}")
      String getPostalCode();

  @Value.Check
  void check() {
    if (isBlank(getPhone()) && isBlank(getEmail()) && isBlank(getPostalAddress())) {
      throw new InvalidValueException(
          "contacts", "{}", "must give at least one of phone, email, postalAddress (Art.29(2))");
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /**
   * Shows the contacts with the telephone number and e-mail masked.
   *
   * @return a display form safe to log
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Contacts{");
    String sep = "";
    if (getPhone() != null) {
      sb.append("phone=").append(Masking.mask(getPhone()));
      sep = ", ";
    }
    if (getEmail() != null) {
      sb.append(sep).append("email=").append(Masking.mask(getEmail()));
      sep = ", ";
    }
    if (getPostalAddress() != null) {
      sb.append(sep).append("postalAddress=").append(getPostalAddress());
      sep = ", ";
    }
    if (getPostalCode() != null) {
      sb.append(sep).append("postalCode=").append(getPostalCode());
    }
    return sb.append('}').toString();
  }

  /**
   * Contacts with only a telephone number.
   *
   * @param phone the number; not null
   * @return the contacts
   */
  public static Contacts ofPhone(String phone) {
    return builder().phone(phone).build();
  }

  /**
   * Contacts with only an e-mail address.
   *
   * @param email the address; not null
   * @return the contacts
   */
  public static Contacts ofEmail(String email) {
    return builder().email(email).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contacts}. */
  public static final class Builder extends ImmutableContacts.Builder {
    Builder() {}
  }
}

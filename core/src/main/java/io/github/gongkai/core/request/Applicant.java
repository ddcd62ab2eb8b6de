package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The person or organisation making a disclosure request (申请人): its kind (the columns of table
 * 三), name, identity proof and contacts (2019 Art.29(2) item 1).
 *
 * <p>Identity proof is optional in the model: the 2008 Regulation did not require it, and a 2019
 * request without it is still a request (one to be corrected under Art.30). The builder rejects a
 * document that cannot identify this kind of applicant, e.g. a unified social credit code for a
 * natural person. {@link #toString()} never shows an identity number whole.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplicant.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableApplicant.class)
@JsonDeserialize(as = ImmutableApplicant.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableApplicant.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "name", "identityProof", "contacts"})
public abstract class Applicant {
  Applicant() {}

  /**
   * The kind of applicant.
   *
   * @return the type
   */
  public abstract ApplicantType getType();

  /**
   * Name of the person (姓名) or organisation (名称).
   *
   * @return the name
   */
  public abstract @NotBlank(message = "{gongkai.applicant.name.NotBlank}") @Size(
      max = 200,
      message = "{gongkai.applicant.name.Size}") String getName();

  /**
   * The identity proof given, or null if none was given.
   *
   * @return the proof, or null
   */
  public abstract @Nullable @Valid IdentityProof getIdentityProof();

  /**
   * How to reach the applicant.
   *
   * @return the contacts
   */
  public abstract @Valid Contacts getContacts();

  @Value.Check
  void check() {
    IdentityProof proof = getIdentityProof();
    if (proof == null) {
      return;
    }
    IdentityDocumentType doc = proof.getDocumentType();
    boolean organization = getType().isOrganization();
    if (organization ? !doc.isForOrganizations() : !doc.isForNaturalPersons()) {
      throw new InvalidValueException(
          "identityProof.documentType",
          doc.getCode(),
          "must be a document that can identify a " + getType().getCode());
    }
  }

  /**
   * An applicant without identity proof.
   *
   * @param type the kind of applicant; not null
   * @param name the name; not null
   * @param contacts how to reach the applicant; not null
   * @return the applicant
   */
  public static Applicant of(ApplicantType type, String name, Contacts contacts) {
    return builder().type(type).name(name).contacts(contacts).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Applicant}. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }
}

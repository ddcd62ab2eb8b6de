package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The kind of document offered as identity proof (身份证明, 2019 Art.29(2) item 1).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum IdentityDocumentType implements Coded {
  /** 居民身份证 — Resident identity card. */
  RESIDENT_IDENTITY_CARD("resident-identity-card", true, false),
  /** 护照 — Passport. */
  PASSPORT("passport", true, false),
  /** 港澳台居民来往内地通行证 — Mainland travel permit for Hong Kong, Macao and Taiwan residents. */
  MAINLAND_TRAVEL_PERMIT("mainland-travel-permit", true, false),
  /** 居住证 — Residence permit (including permanent residence ID cards for foreigners). */
  RESIDENCE_PERMIT("residence-permit", true, false),
  /** 统一社会信用代码证明 — Unified social credit code (business licence or registration certificate). */
  UNIFIED_SOCIAL_CREDIT_CODE("unified-social-credit-code", false, true),
  /** 其他证明 — Other proof. */
  OTHER("other", true, true);

  private final String code;
  private final boolean isForNaturalPersons;
  private final boolean isForOrganizations;

  IdentityDocumentType(String code, boolean isForNaturalPersons, boolean isForOrganizations) {
    this.code = code;
    this.isForNaturalPersons = isForNaturalPersons;
    this.isForOrganizations = isForOrganizations;
  }

  /**
   * The stable code used in JSON, e.g. {@code "resident-identity-card"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Whether the document can identify a natural person.
   *
   * @return true if so
   */
  public boolean isForNaturalPersons() {
    return isForNaturalPersons;
  }

  /**
   * Whether the document can identify a legal person or other organisation.
   *
   * @return true if so
   */
  public boolean isForOrganizations() {
    return isForOrganizations;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static IdentityDocumentType ofCode(String code) {
    return EnumCodes.lookup(IdentityDocumentType.class, "identityDocumentType", code);
  }
}

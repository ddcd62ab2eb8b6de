package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * The kind of document offered as identity proof (身份证明, 2019 Art.29(2) item 1).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum IdentityDocumentType {
  /** 居民身份证 — Resident identity card. */
  RESIDENT_IDENTITY_CARD("resident-identity-card", "居民身份证", "Resident identity card", true, false),
  /** 护照 — Passport. */
  PASSPORT("passport", "护照", "Passport", true, false),
  /** 港澳台居民来往内地通行证 — Mainland travel permit for Hong Kong, Macao and Taiwan residents. */
  MAINLAND_TRAVEL_PERMIT("mainland-travel-permit", "港澳台居民来往内地通行证", "Mainland travel permit for Hong Kong, Macao and Taiwan residents", true, false),
  /** 居住证 — Residence permit (including permanent residence ID cards for foreigners). */
  RESIDENCE_PERMIT("residence-permit", "居住证", "Residence permit (including permanent residence ID cards for foreigners)", true, false),
  /** 统一社会信用代码证明 — Unified social credit code (business licence or registration certificate). */
  UNIFIED_SOCIAL_CREDIT_CODE("unified-social-credit-code", "统一社会信用代码证明", "Unified social credit code (business licence or registration certificate)", false, true),
  /** 其他证明 — Other proof. */
  OTHER("other", "其他证明", "Other proof", true, true);

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final boolean isForNaturalPersons;
  private final boolean isForOrganizations;

  IdentityDocumentType(String code, String labelZh, String labelEn, boolean isForNaturalPersons, boolean isForOrganizations) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.isForNaturalPersons = isForNaturalPersons;
    this.isForOrganizations = isForOrganizations;
  }

  /**
   * The stable code used in JSON, e.g. {@code "resident-identity-card"}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The label in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  public String getLabel(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
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
    return EnumCodes.lookup(values(), IdentityDocumentType::getCode, "identityDocumentType", code);
  }
}

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Kind of applicant, as the columns of table 三 of the annual report (国办公开办函〔2021〕30号): natural
 * persons, and legal persons or other organisations in five sub-types.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ApplicantType implements Coded {
  /** 自然人 — Natural person. */
  NATURAL_PERSON("natural-person", false),
  /** 商业企业 — Commercial enterprise. */
  COMMERCIAL_ENTERPRISE("commercial-enterprise", true),
  /** 科研机构 — Research institution. */
  RESEARCH_INSTITUTION("research-institution", true),
  /** 社会公益组织 — Public-interest organisation. */
  PUBLIC_INTEREST_ORGANIZATION("public-interest-organization", true),
  /** 法律服务机构 — Legal service organisation. */
  LEGAL_SERVICE_ORGANIZATION("legal-service-organization", true),
  /** 其他 — Other organisation. */
  OTHER_ORGANIZATION("other-organization", true);

  private final String code;
  private final boolean isOrganization;

  ApplicantType(String code, boolean isOrganization) {
    this.code = code;
    this.isOrganization = isOrganization;
  }

  /**
   * The stable code used in JSON, e.g. {@code "natural-person"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Whether this is one of the five 法人或其他组织 (legal person or other organisation) columns.
   *
   * @return true if so
   */
  public boolean isOrganization() {
    return isOrganization;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static ApplicantType ofCode(String code) {
    return EnumCodes.lookup(ApplicantType.class, "applicantType", code);
  }
}

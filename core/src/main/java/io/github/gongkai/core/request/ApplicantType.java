package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * Kind of applicant, as the columns of table 三 of the annual report (国办公开办函〔2021〕30号): natural
 * persons, and legal persons or other organisations in five sub-types.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ApplicantType {
  /** 自然人 — Natural person. */
  NATURAL_PERSON("natural-person", "自然人", "Natural person", false),
  /** 商业企业 — Commercial enterprise. */
  COMMERCIAL_ENTERPRISE("commercial-enterprise", "商业企业", "Commercial enterprise", true),
  /** 科研机构 — Research institution. */
  RESEARCH_INSTITUTION("research-institution", "科研机构", "Research institution", true),
  /** 社会公益组织 — Public-interest organisation. */
  PUBLIC_INTEREST_ORGANIZATION("public-interest-organization", "社会公益组织", "Public-interest organisation", true),
  /** 法律服务机构 — Legal service organisation. */
  LEGAL_SERVICE_ORGANIZATION("legal-service-organization", "法律服务机构", "Legal service organisation", true),
  /** 其他 — Other organisation. */
  OTHER_ORGANIZATION("other-organization", "其他", "Other organisation", true);

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final boolean isOrganization;

  ApplicantType(String code, String labelZh, String labelEn, boolean isOrganization) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.isOrganization = isOrganization;
  }

  /**
   * The stable code used in JSON, e.g. {@code "natural-person"}.
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
    return EnumCodes.lookup(values(), ApplicantType::getCode, "applicantType", code);
  }
}

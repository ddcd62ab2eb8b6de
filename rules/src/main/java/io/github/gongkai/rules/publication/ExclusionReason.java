package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Why a 双公示 decision is not published: a class the agency's rules exclude, or information that may not be disclosed.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ExclusionReason implements Coded {
  /** A class of decisions the agency's rules exclude from 双公示 (PublicationPolicy#getExcludedCategories()). */
  EXCLUDED_CATEGORY("excluded-category"),
  /** A state secret (2019 Art.14). */
  STATE_SECRET("state-secret"),
  /** A commercial secret (2019 Art.15). */
  COMMERCIAL_SECRET("commercial-secret"),
  /** Personal privacy or personal information that may not be published (2019 Art.15; 个人信息保护法). */
  PERSONAL_INFORMATION("personal-information"),
  /** A penalty decision without the social impact that requires publication, in the agency's view (行政处罚法 Art.48). */
  NO_SOCIAL_IMPACT("no-social-impact"),
  /** Other information exempt from disclosure. */
  OTHER_EXEMPT("other-exempt");

  private final String code;

  ExclusionReason(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON and on the command line.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ExclusionReason ofCode(String code) {
    return EnumCodes.lookup(ExclusionReason.class, "exclusionReason", code);
  }
}

package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The kind of third-party interest disclosure could harm (2019 Art.15).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ThirdPartyInterestKind implements Coded {
  /** 商业秘密 — Commercial secret. */
  COMMERCIAL_SECRET("commercial-secret"),
  /** 个人隐私 — Personal privacy. */
  PERSONAL_PRIVACY("personal-privacy"),
  /** 其他合法权益 — Other lawful rights. */
  OTHER_LAWFUL_RIGHTS("other-lawful-rights");

  private final String code;

  ThirdPartyInterestKind(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "commercial-secret"}.
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
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static ThirdPartyInterestKind ofCode(String code) {
    return EnumCodes.lookup(ThirdPartyInterestKind.class, "kind", code);
  }
}

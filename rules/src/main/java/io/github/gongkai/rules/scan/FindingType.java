package io.github.gongkai.rules.scan;

import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/** What a {@link Finding} is. Serialised by {@link #getCode()}. */
public enum FindingType {
  /** 18-character citizen identity number (公民身份号码, GB 11643). */
  RESIDENT_ID("居民身份证号码", "Resident identity number", true, true),
  /** Legacy 15-digit citizen identity number (no check digit). */
  RESIDENT_ID_LEGACY("15位居民身份证号码", "Legacy 15-digit resident identity number", true, false),
  /** Unified social credit code of an organisation (统一社会信用代码, GB 32100). */
  SOCIAL_CREDIT_CODE("统一社会信用代码", "Unified social credit code", false, true),
  /** Mainland mobile number. */
  MOBILE("手机号码", "Mobile number", true, false),
  /** Landline number with area code. */
  LANDLINE("固定电话号码", "Landline number", true, false),
  /** Bank card number (Luhn). */
  BANK_CARD("银行卡号", "Bank card number", true, true),
  /** E-mail address. */
  EMAIL("电子邮箱", "E-mail address", true, false),
  /** Passport number. */
  PASSPORT("护照号码", "Passport number", true, false),
  /** A personal name, found only after a label such as 姓名：. */
  NAME("姓名", "Personal name", true, false),
  /** A keyword of a category of sensitive personal information. */
  SENSITIVE_KEYWORD("敏感个人信息", "Sensitive personal information", true, false);

  private final String labelZh;
  private final String labelEn;
  private final boolean personal;
  private final boolean checksummed;

  FindingType(String labelZh, String labelEn, boolean personal, boolean checksummed) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.personal = personal;
    this.checksummed = checksummed;
  }

  /**
   * Stable code: the constant name in lower kebab case, e.g. {@code resident-id}.
   *
   * @return the code
   */
  public String getCode() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * Whether this is personal information of a natural person. Unified social credit codes identify
   * organisations and are not.
   *
   * @return true for personal information
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * Whether findings of this type are confirmed by a check character.
   *
   * @return true for resident IDs, credit codes and bank cards
   */
  public boolean isChecksummed() {
    return checksummed;
  }

  /**
   * Looks a type up by code or constant name.
   *
   * @param code e.g. {@code resident-id}
   * @return the type
   * @throws InvalidValueException for an unknown code
   */
  public static FindingType ofCode(String code) {
    InvalidValueException.requireNonNull(code, "findingType");
    String name = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (FindingType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new InvalidValueException("findingType", code, "must be a known finding-type code");
  }
}

package io.github.gongkai.rules.scan;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/** What a {@link PersonalDataMatch} is. Serialised by {@link #getCode()}. */
public enum FindingType implements Coded {
  /** 18-character citizen identity number (公民身份号码, GB 11643). */
  RESIDENT_ID(true, true),
  /** Legacy 15-digit citizen identity number (no check digit). */
  RESIDENT_ID_LEGACY(true, false),
  /** Unified social credit code of an organisation (统一社会信用代码, GB 32100). */
  SOCIAL_CREDIT_CODE(false, true),
  /** Mainland mobile number. */
  MOBILE(true, false),
  /** Landline number with area code. */
  LANDLINE(true, false),
  /** Bank card number (Luhn). */
  BANK_CARD(true, true),
  /** E-mail address. */
  EMAIL(true, false),
  /** Passport number. */
  PASSPORT(true, false),
  /** A personal name, found only after a label such as 姓名：. */
  NAME(true, false),
  /** A keyword of a category of sensitive personal information. */
  SENSITIVE_KEYWORD(true, false);

  private final boolean personal;
  private final boolean checksummed;

  FindingType(boolean personal, boolean checksummed) {
    this.personal = personal;
    this.checksummed = checksummed;
  }

  /**
   * Stable code: the constant name in lower kebab case, e.g. {@code resident-id}.
   *
   * @return the code
   */
  @Override
  public String getCode() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
    return EnumCodes.lookup(FindingType.class, "findingType", code);
  }
}

package io.github.gongkai.rules.scan;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/** A check a {@link PersonalDataMatch} passed. Serialised by {@link #getCode()}. */
public enum Check implements Coded {
  /** Shape: length, characters, grouping and boundaries (not inside a longer run). */
  FORMAT,
  /** Province-level region code (GB/T 2260). */
  REGION_CODE,
  /** A real birth date, not before 1900 and not in the future. */
  BIRTH_DATE,
  /** ISO 7064 MOD 11-2 check character (GB 11643). */
  MOD_11_2,
  /** Registration-authority and organisation-type codes (GB 32100). */
  REGISTRATION_TYPE,
  /** Weighted MOD 31 check character (GB 32100). */
  MOD_31,
  /** Luhn check digit. */
  LUHN,
  /** Plausible issuer identification number prefix. */
  IIN_PREFIX,
  /** Mobile number prefix 13–19. */
  MOBILE_PREFIX,
  /** Landline area code. */
  AREA_CODE,
  /** E-mail domain with a top-level domain. */
  EMAIL_DOMAIN,
  /** A label for this kind of data stands just before it (e.g. 身份证号：). */
  LABEL,
  /** A configured sensitive-information keyword. */
  KEYWORD;

  /**
   * Stable code: the constant name in lower kebab case, e.g. {@code mod-11-2}.
   *
   * @return the code
   */
  @Override
  public String getCode() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Looks a check up by code.
   *
   * @param code e.g. {@code mod-11-2}
   * @return the check
   * @throws InvalidValueException for an unknown code
   */
  public static Check ofCode(String code) {
    return EnumCodes.lookup(Check.class, "check", code);
  }
}

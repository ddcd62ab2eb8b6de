package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks of unified social credit codes (统一社会信用代码, GB 32100-2015).
 *
 * <p>A code is valid when it has 18 characters from the 31-character alphabet {@code
 * 0123456789ABCDEFGHJKLMNPQRTUWXY} (upper case; no I, O, Z, S, V), its first two characters are a
 * registration-authority code and an organisation-type code of that authority (reviewed resource
 * {@code uscc-registration-types.tsv}), and its last character is the weighted MOD 31 check
 * character of the first 17 (weights 3<sup>i</sup> mod 31). The administrative-division and
 * organisation-code parts are not checked further: GB 32100 does not give them their own check
 * character in the code.
 *
 * <p>All methods are static, thread-safe and allocation-free.
 */
public final class UnifiedSocialCreditCodes {
  /** The 31-character alphabet, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final byte[] VALUE = new byte[128];
  /** [authority value][type value]. */
  private static final boolean[][] TYPES = new boolean[31][31];

  private static final Map<Character, String> AUTHORITIES;

  static {
    java.util.Arrays.fill(VALUE, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = (byte) i;
    }
    Map<Character, String> names = new LinkedHashMap<>();
    for (String[] row : Checks.rows(UnifiedSocialCreditCodes.class, "uscc-registration-types.tsv")) {
      if (row.length != 3 || row[0].length() != 1 || value(row[0].charAt(0)) < 0) {
        throw new IllegalStateException("uscc-registration-types.tsv: bad row " + String.join("\t", row));
      }
      int a = value(row[0].charAt(0));
      for (String t : row[1].split(",")) {
        if (t.length() != 1 || value(t.charAt(0)) < 0) {
          throw new IllegalStateException("uscc-registration-types.tsv: bad type " + t);
        }
        TYPES[a][value(t.charAt(0))] = true;
      }
      names.put(row[0].charAt(0), row[2]);
    }
    AUTHORITIES = Collections.unmodifiableMap(names);
  }

  private UnifiedSocialCreditCodes() {}

  private static int value(char c) {
    return c < 128 ? VALUE[c] : -1;
  }

  /**
   * The registration-authority codes accepted as first character, with the authority's name.
   *
   * @return code → name, unmodifiable
   */
  public static Map<Character, String> registrationAuthorities() {
    return AUTHORITIES;
  }

  /**
   * Whether {@code authority} followed by {@code type} is an accepted registration-authority and
   * organisation-type pair.
   *
   * @param authority the first character
   * @param type the second character
   * @return true if accepted
   */
  public static boolean isRegistrationType(char authority, char type) {
    int a = value(authority);
    int t = value(type);
    return a >= 0 && t >= 0 && TYPES[a][t];
  }

  /**
   * Whether {@code code} is a valid unified social credit code.
   *
   * @param code the candidate; not null
   * @return true when every check passes
   */
  public static boolean isValid(CharSequence code) {
    InvalidValueException.requireNonNull(code, "code");
    return check(code, 0, code.length());
  }

  /**
   * Whether {@code s[start, end)} is a valid unified social credit code.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return true when every check passes
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValid(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "code");
    return check(s, start, end);
  }

  static boolean check(CharSequence s, int start, int end) {
    if (end - start != 18 || !isRegistrationType(s.charAt(start), s.charAt(start + 1))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(s.charAt(start + i));
      if (v < 0) {
        return false;
      }
      sum += v * WEIGHTS[i];
    }
    int c = (31 - sum % 31) % 31;
    return s.charAt(start + 17) == ALPHABET.charAt(c);
  }

  /**
   * The check character for the first 17 characters of a code.
   *
   * @param first17 17 characters of the alphabet; not null
   * @return the check character
   * @throws InvalidValueException if {@code first17} is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    InvalidValueException.requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw new InvalidValueException(
          "first17", Masking.mask(first17.toString()), "must be 17 characters of " + ALPHABET);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(first17.charAt(i));
      if (v < 0) {
        throw new InvalidValueException(
            "first17", Masking.mask(first17.toString()), "must be 17 characters of " + ALPHABET);
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}

package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks of citizen identity numbers (公民身份号码, GB 11643-1999) and of the legacy 15-digit numbers
 * issued before 1999.
 *
 * <p>An 18-character number is valid when:
 *
 * <ul>
 *   <li>characters 1–17 are ASCII digits;
 *   <li>characters 1–2 are a province-level code of GB/T 2260 (or 81/82/83 of the residence permits
 *       for Hong Kong, Macao and Taiwan residents), from the reviewed resource {@code provinces.tsv};
 *   <li>characters 7–14 are a real date {@code yyyymmdd}, not before 1900-01-01 and not after the
 *       reference date when one is given — gongkai reads no clock of its own: pass {@code
 *       LocalDate.now(clock)} to refuse birth dates in the future;
 *   <li>character 18 is the ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X};
 *       a lower-case {@code x} is accepted as well, since it is common in forms).
 * </ul>
 *
 * <p>A legacy 15-digit number is valid when it is 15 ASCII digits, starts with a province code, and
 * characters 7–12 are a real date {@code 19yymmdd} not after the reference date. It has no check
 * digit.
 *
 * <p>The 1900 floor is a gongkai policy: GB 11643 itself allows earlier years (its own example
 * {@code 440524188001010014} is born in 1880), but no living person has such a number, and the floor
 * removes many random 18-digit strings from the scanner's results.
 *
 * <p>All methods are static, thread-safe and allocation-free (except those building strings).
 */
public final class ResidentIdNumbers {
  /** Earliest accepted birth date, packed {@code yyyymmdd}. */
  static final int EARLIEST_BIRTH = 1900_01_01;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final boolean[] PROVINCE = new boolean[100];
  private static final Map<String, String> PROVINCE_NAMES;

  static {
    Map<String, String> names = new TreeMap<>();
    for (String[] row : Checks.rows(ResidentIdNumbers.class, "provinces.tsv")) {
      if (row.length != 2 || row[0].length() != 2) {
        throw new IllegalStateException("provinces.tsv: bad row " + String.join("\t", row));
      }
      PROVINCE[Integer.parseInt(row[0])] = true;
      names.put(row[0], row[1]);
    }
    PROVINCE_NAMES = Collections.unmodifiableMap(names);
  }

  private ResidentIdNumbers() {}

  /**
   * The province-level codes accepted as the first two digits, with their names, from the
   * reviewed resource.
   *
   * @return code → name, sorted, unmodifiable
   */
  public static Map<String, String> provinceCodes() {
    return PROVINCE_NAMES;
  }

  /**
   * Whether two digits at {@code start} form an accepted province code.
   *
   * @param s the text; not null
   * @param start index of the first of the two digits
   * @return true for an accepted province code
   */
  static boolean isProvince(CharSequence s, int start) {
    int a = Checks.digit(s.charAt(start));
    int b = Checks.digit(s.charAt(start + 1));
    return a >= 0 && b >= 0 && PROVINCE[a * 10 + b];
  }

  /**
   * Whether {@code id} is a valid 18-character citizen identity number, with no latest birth date:
   * any real date from 1900-01-01 on passes (pass a reference date, e.g. {@code
   * LocalDate.now(clock)}, to refuse birth dates in the future).
   *
   * @param id the candidate; not null
   * @return true when every check passes
   */
  public static boolean isValid(CharSequence id) {
    InvalidValueException.requireNonNull(id, "id");
    return isValid(id, 0, id.length());
  }

  /**
   * Whether {@code id} is a valid 18-character citizen identity number as of {@code reference}.
   *
   * @param id the candidate; not null
   * @param reference the latest acceptable birth date; not null
   * @return true when every check passes
   */
  public static boolean isValid(CharSequence id, LocalDate reference) {
    InvalidValueException.requireNonNull(id, "id");
    return isValid(id, 0, id.length(), reference);
  }

  /**
   * Whether {@code s[start, end)} is a valid 18-character citizen identity number with no latest birth date: any real
   * date from 1900-01-01 on passes (pass a reference date, e.g. {@code LocalDate.now(clock)}, to refuse
   * birth dates in the future).
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return true when every check passes
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValid(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "id");
    return check18(s, start, end, NO_LATEST_BIRTH);
  }

  /**
   * Whether {@code s[start, end)} is a valid 18-character citizen identity number as of {@code
   * reference}.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @param reference the latest acceptable birth date; not null
   * @return true when every check passes
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValid(CharSequence s, int start, int end, LocalDate reference) {
    Checks.range(s, start, end, "id");
    InvalidValueException.requireNonNull(reference, "reference");
    return check18(s, start, end, pack(reference));
  }

  /**
   * Whether {@code s[start, end)} has the layout of an 18-character number apart from its check
   * character: 17 ASCII digits with a province code and a valid birth date (not before 1900, not
   * after {@code reference}), then any character. A scanner uses this to recognise a citizen
   * identity number with a wrong check character, so as not to report it as something else.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @param reference the latest acceptable birth date; not null
   * @return true when the layout matches
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean hasValidLayout(CharSequence s, int start, int end, LocalDate reference) {
    Checks.range(s, start, end, "id");
    InvalidValueException.requireNonNull(reference, "reference");
    if (end - start != 18 || !isProvince(s, start)) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (Checks.digit(s.charAt(start + i)) < 0) {
        return false;
      }
    }
    return birthOk(s, start + 6, 8, pack(reference));
  }

  /**
   * Whether {@code s[start, end)} is a valid 18-character number, with the reference date packed as
   * {@code yyyymmdd}. No range checks: for callers that have checked them.
   */
  static boolean check18(CharSequence s, int start, int end, int reference) {
    if (end - start != 18 || !isProvince(s, start)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = Checks.digit(s.charAt(start + i));
      if (d < 0) {
        return false;
      }
      sum += d * WEIGHTS[i];
    }
    char c = s.charAt(start + 17);
    if (c == 'x') {
      c = 'X';
    }
    if (c != CHECK[sum % 11]) {
      return false;
    }
    return birthOk(s, start + 6, 8, reference);
  }

  /**
   * Whether {@code s[start, end)} is a valid legacy 15-digit number with no latest birth date: any real
   * date from 1900-01-01 on passes (pass a reference date, e.g. {@code LocalDate.now(clock)}, to refuse
   * birth dates in the future).
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return true when every check passes
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValidLegacy15(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "id");
    return check15(s, start, end, NO_LATEST_BIRTH);
  }

  /**
   * Whether {@code s[start, end)} is a valid legacy 15-digit number as of {@code reference}.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @param reference the latest acceptable birth date; not null
   * @return true when every check passes
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValidLegacy15(CharSequence s, int start, int end, LocalDate reference) {
    Checks.range(s, start, end, "id");
    InvalidValueException.requireNonNull(reference, "reference");
    return check15(s, start, end, pack(reference));
  }

  /**
   * Whether {@code id} is a valid legacy 15-digit number (region code and a 19yy birth date).
   *
   * @param id the candidate; not null
   * @return true when every check passes
   */
  public static boolean isValidLegacy15(CharSequence id) {
    InvalidValueException.requireNonNull(id, "id");
    return isValidLegacy15(id, 0, id.length());
  }

  static boolean check15(CharSequence s, int start, int end, int reference) {
    if (end - start != 15 || !isProvince(s, start)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Checks.digit(s.charAt(i)) < 0) {
        return false;
      }
    }
    return birthOk(s, start + 6, 6, reference);
  }

  /** Birth date of {@code len} digits (8: yyyymmdd, 6: yymmdd in the 1900s) at {@code at}. */
  private static boolean birthOk(CharSequence s, int at, int len, int reference) {
    int v = 0;
    for (int i = 0; i < len; i++) {
      v = v * 10 + (s.charAt(at + i) - '0');
    }
    if (len == 6) {
      v += 1900_00_00;
    }
    int year = v / 10000;
    int month = v / 100 % 100;
    int day = v % 100;
    return v >= EARLIEST_BIRTH && v <= reference && isRealDate(year, month, day);
  }

  /**
   * The MOD 11-2 check character for the first 17 digits of a number.
   *
   * @param first17 exactly 17 ASCII digits; not null
   * @return {@code '0'}–{@code '9'} or {@code 'X'}
   * @throws InvalidValueException if {@code first17} is not 17 ASCII digits
   */
  public static char checkCharacter(CharSequence first17) {
    InvalidValueException.requireNonNull(first17, "first17");
    return checkCharacter(first17, 0, first17.length());
  }

  /**
   * The MOD 11-2 check character for the 17 digits {@code s[start, end)}.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive; {@code end - start} must be 17
   * @return {@code '0'}–{@code '9'} or {@code 'X'}
   * @throws InvalidValueException if the range is not 17 ASCII digits
   */
  public static char checkCharacter(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "first17");
    if (end - start != 17) {
      throw new InvalidValueException(
          "first17", Masking.mask(s.subSequence(start, end).toString()), "must be 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = Checks.digit(s.charAt(start + i));
      if (d < 0) {
        throw new InvalidValueException(
            "first17", Masking.mask(s.subSequence(start, end).toString()), "must be 17 digits");
      }
      sum += d * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /**
   * The birth date of a valid 18- or 15-character number.
   *
   * @param id a number valid by {@link #isValid(CharSequence)} or {@link
   *     #isValidLegacy15(CharSequence)}; not null
   * @return the birth date
   * @throws InvalidValueException if {@code id} is not a valid number
   */
  public static LocalDate birthDate(CharSequence id) {
    InvalidValueException.requireNonNull(id, "id");
    if (check18(id, 0, id.length(), NO_LATEST_BIRTH)) {
      return LocalDate.of(
          Integer.parseInt(id.subSequence(6, 10).toString()),
          Integer.parseInt(id.subSequence(10, 12).toString()),
          Integer.parseInt(id.subSequence(12, 14).toString()));
    }
    if (check15(id, 0, id.length(), NO_LATEST_BIRTH)) {
      return LocalDate.of(
          1900 + Integer.parseInt(id.subSequence(6, 8).toString()),
          Integer.parseInt(id.subSequence(8, 10).toString()),
          Integer.parseInt(id.subSequence(10, 12).toString()));
    }
    throw new InvalidValueException(
        "id", Masking.mask(id.toString()), "must be a valid citizen identity number");
  }

  /** The packed reference that accepts every birth date a number can hold (yyyymmdd). */
  private static final int NO_LATEST_BIRTH = 9999_12_31;

  private static int pack(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  private static boolean isRealDate(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
  }
}

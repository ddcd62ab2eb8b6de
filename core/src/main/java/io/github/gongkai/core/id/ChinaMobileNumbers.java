package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;

/**
 * Checks of mainland China mobile numbers.
 *
 * <p>Accepted form: an optional country prefix {@code +86} or {@code 0086}, optionally followed by
 * one space or hyphen; then 11 ASCII digits {@code 1[3-9]xxxxxxxxx}, optionally grouped 3-4-4 by one
 * space or hyphen after the 3rd and after the 7th digit (e.g. {@code 138 1234 5678}, {@code
 * +86-138-1234-5678}). Nothing else: no other separators, no leading or trailing text.
 *
 * <p>Only the number plan's shape is checked (prefix 13–19), not whether a block is allocated to an
 * operator. Static, thread-safe and allocation-free.
 */
public final class ChinaMobileNumbers {
  private ChinaMobileNumbers() {}

  /**
   * Whether {@code number} is a mobile number in an accepted form.
   *
   * @param number the candidate; not null
   * @return true if accepted
   */
  public static boolean isValid(CharSequence number) {
    InvalidValueException.requireNonNull(number, "number");
    return check(number, 0, number.length());
  }

  /**
   * Whether {@code s[start, end)} is a mobile number in an accepted form.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return true if accepted
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValid(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "number");
    return check(s, start, end);
  }

  static boolean isSeparator(char c) {
    return c == ' ' || c == '-';
  }

  static boolean check(CharSequence s, int start, int end) {
    int i = start;
    if (i < end && s.charAt(i) == '+') {
      if (end - i < 3 || s.charAt(i + 1) != '8' || s.charAt(i + 2) != '6') {
        return false;
      }
      i += 3;
    } else if (end - i >= 4
        && s.charAt(i) == '0'
        && s.charAt(i + 1) == '0'
        && s.charAt(i + 2) == '8'
        && s.charAt(i + 3) == '6') {
      i += 4;
    }
    if (i > start && i < end && isSeparator(s.charAt(i))) {
      i++;
    }
    return checkLocal(s, i, end);
  }

  /** 11 digits from {@code i} to {@code end}, optionally grouped 3-4-4. */
  private static boolean checkLocal(CharSequence s, int i, int end) {
    int digits = 0;
    while (i < end) {
      char c = s.charAt(i);
      if (isSeparator(c)) {
        if (digits != 3 && digits != 7) {
          return false;
        }
        if (i + 1 >= end || isSeparator(s.charAt(i + 1))) {
          return false;
        }
        i++;
        continue;
      }
      int d = Checks.digit(c);
      if (d < 0) {
        return false;
      }
      if (digits == 0 && d != 1 || digits == 1 && d < 3) {
        return false;
      }
      digits++;
      i++;
    }
    return digits == 11;
  }
}

package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;

/**
 * The Luhn (ISO/IEC 7812-1 annex B, MOD 10) check used by bank card numbers.
 *
 * <p>Static, thread-safe and allocation-free.
 */
public final class Luhn {
  private Luhn() {}

  /**
   * Whether {@code digits} is at least two ASCII digits whose last digit is the Luhn check digit of
   * the rest.
   *
   * @param digits the candidate; not null
   * @return true when the check passes
   */
  public static boolean isValid(CharSequence digits) {
    InvalidValueException.requireNonNull(digits, "digits");
    return check(digits, 0, digits.length());
  }

  /**
   * Whether {@code s[start, end)} passes the Luhn check.
   *
   * @param s the text; not null
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return true when at least two ASCII digits pass the check
   * @throws InvalidValueException if the range is outside {@code s}
   */
  public static boolean isValid(CharSequence s, int start, int end) {
    Checks.range(s, start, end, "digits");
    return check(s, start, end);
  }

  static boolean check(CharSequence s, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = end - 1; i >= start; i--) {
      int d = Checks.digit(s.charAt(i));
      if (d < 0) {
        return false;
      }
      sum += dbl ? doubled(d) : d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /**
   * The Luhn check digit to append to {@code payload}.
   *
   * @param payload one or more ASCII digits; not null
   * @return the check digit {@code '0'}–{@code '9'}
   * @throws InvalidValueException if {@code payload} is empty or not all digits
   */
  public static char checkDigit(CharSequence payload) {
    InvalidValueException.requireNonNull(payload, "payload");
    int sum = 0;
    boolean dbl = true;
    if (payload.length() == 0) {
      throw new InvalidValueException("payload", "", "must be one or more digits");
    }
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = Checks.digit(payload.charAt(i));
      if (d < 0) {
        throw new InvalidValueException(
            "payload", Masking.mask(payload.toString()), "must be one or more digits");
      }
      sum += dbl ? doubled(d) : d;
      dbl = !dbl;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** A doubled digit as Luhn adds it: the sum of the digits of {@code 2 * d}. */
  private static int doubled(int d) {
    return d < 5 ? 2 * d : 2 * d - 9;
  }
}

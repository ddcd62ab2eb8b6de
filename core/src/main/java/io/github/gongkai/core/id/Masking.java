package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;
import java.util.function.IntPredicate;

/**
 * Masks personal identifiers for display: in messages, logs and {@code toString()}.
 *
 * <p>{@link #mask(String)} keeps the first 3 and the last 4 characters, as in {@code
 * 110***********1234}; values of 7 characters or fewer are masked completely, so that nothing short
 * is ever shown in full. Counting is by code point, so a surrogate pair is never split. {@link
 * #maskIdentifiers(CharSequence)} masks every identifier-like run inside free text (messages that
 * quote a rejected value). Thread-safe.
 */
public final class Masking {
  /** The mask character. */
  public static final char MASK = '*';

  private Masking() {}

  /**
   * Masks all but the first 3 and last 4 characters; masks everything if 7 characters or fewer.
   *
   * @param value the value; not null
   * @return the masked value, of the same length in code points
   */
  public static String mask(String value) {
    InvalidValueException.requireNonNull(value, "value");
    int n = value.codePointCount(0, value.length());
    if (n <= 7) {
      return mask(value, 0, 0, MASK);
    }
    return mask(value, 3, 4, MASK);
  }

  /**
   * Masks all but the first {@code keepFirst} and last {@code keepLast} code points. When they
   * would overlap or leave nothing masked, everything is masked.
   *
   * @param value the value; not null
   * @param keepFirst code points kept at the start, {@code >= 0}
   * @param keepLast code points kept at the end, {@code >= 0}
   * @param mask the replacement for each masked code point
   * @return the masked value, of the same length in code points
   * @throws InvalidValueException if a count is negative
   */
  public static String mask(CharSequence value, int keepFirst, int keepLast, char mask) {
    return masked(value, keepFirst, keepLast, mask, c -> true);
  }

  /**
   * Masks the letters and digits of a value written with separators (spaces, hyphens, brackets),
   * keeping the first {@code keepFirst} and last {@code keepLast} of them and every separator, so a
   * grouped number keeps its shape: {@code 139 1234 5678} becomes {@code 139 **** 5678}. When the
   * kept ones would overlap or leave nothing masked, every letter and digit is masked.
   *
   * @param value the value; not null
   * @param keepFirst letters or digits kept at the start, {@code >= 0}
   * @param keepLast letters or digits kept at the end, {@code >= 0}
   * @param mask the replacement for each masked letter or digit
   * @return the masked value, of the same length in code points
   * @throws InvalidValueException if a count is negative
   */
  public static String maskSignificant(CharSequence value, int keepFirst, int keepLast, char mask) {
    return masked(value, keepFirst, keepLast, mask, Character::isLetterOrDigit);
  }

  /**
   * Masks the code points that {@code counted} accepts, keeping the first {@code keepFirst} and
   * last {@code keepLast} of them (none when they would overlap or leave nothing masked); every
   * other code point is kept as it is.
   */
  private static String masked(
      CharSequence value, int keepFirst, int keepLast, char mask, IntPredicate counted) {
    requireKeepable(value, keepFirst, keepLast);
    String s = value.toString();
    int n = (int) s.codePoints().filter(counted).count();
    boolean keep = keepFirst + keepLast < n;
    StringBuilder out = new StringBuilder(s.length());
    int k = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!counted.test(c)) {
        out.appendCodePoint(c);
      } else {
        out.appendCodePoint(keep && (k < keepFirst || k >= n - keepLast) ? c : mask);
        k++;
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** A run of letters and digits this long with at least {@link #RUN_DIGITS} digits is masked. */
  private static final int RUN_LENGTH = 8;

  private static final int RUN_DIGITS = 7;

  /** Digit runs joined by single separators with this many digits in all are masked. */
  private static final int GROUP_DIGITS = 10;

  /**
   * Masks every identifier-like run inside free text, so that a message quoting a rejected value
   * never shows a resident ID, mobile, bank card, unified social credit code or passport number
   * whole, valid or not.
   *
   * <p>The rule is conservative and needs no knowledge of the identifier types: a run of ASCII
   * letters and digits (any Unicode digits, and format characters such as U+200B inside the run
   * count as part of it) is masked when it has at least 8 letters and digits of which at least 7
   * are digits ({@code E12345678}, {@code 91350100M000100Y43}); runs that contain a digit and are
   * joined by one space, hyphen or format character ({@code 138 1234 5678}, {@code 6222-0212-...})
   * are masked together when they hold at least 10 digits in all. A calendar date written {@code
   * yyyy-mm-dd} never joins a group, so dates and ids such as {@code JH-2023-0001} stay readable. A
   * masked run keeps its first 3 and last 4 letters and digits and every separator, as {@link
   * #maskSignificant(CharSequence, int, int, char)} does; a run of 7 or fewer is masked whole.
   *
   * @param text the text; not null
   * @return the text with every identifier-like run masked; the same length in code points
   */
  public static String maskIdentifiers(CharSequence text) {
    InvalidValueException.requireNonNull(text, "text");
    String s = text.toString();
    int n = s.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      if (!isRunChar(s.charAt(i))) {
        i++;
        continue;
      }
      int date = dateLength(s, i, n);
      if (date > 0) {
        i += date;
        continue;
      }
      int groupStart = i;
      int groupDigits = 0;
      boolean mask = false;
      int p = i;
      while (true) {
        int alnum = 0;
        int digits = 0;
        while (p < n && (isRunChar(s.charAt(p)) || isFormat(s.charAt(p)))) {
          char c = s.charAt(p);
          if (isRunChar(c)) {
            alnum++;
            if (Character.isDigit(c)) {
              digits++;
            }
          }
          p++;
        }
        if (alnum >= RUN_LENGTH && digits >= RUN_DIGITS) {
          mask = true;
        }
        groupDigits += digits;
        if (digits > 0 && p + 1 < n && isSeparator(s.charAt(p)) && isRunChar(s.charAt(p + 1))
            && runHasDigit(s, p + 1, n) && dateLength(s, p + 1, n) == 0) {
          p++;
          continue;
        }
        break;
      }
      if (mask || groupDigits >= GROUP_DIGITS) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, groupStart);
        out.append(maskSignificant(s.substring(groupStart, p), 3, 4, MASK));
        copied = p;
      }
      i = p;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  private static boolean isRunChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || Character.isDigit(c);
  }

  private static boolean isFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || isFormat(c);
  }

  private static boolean runHasDigit(String s, int from, int n) {
    for (int p = from; p < n && (isRunChar(s.charAt(p)) || isFormat(s.charAt(p))); p++) {
      if (Character.isDigit(s.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  /** Length of a date {@code yyyy-m(m)-d(d)} starting at {@code p} on a run boundary, else 0. */
  private static int dateLength(String s, int p, int n) {
    int q = p;
    for (int k = 0; k < 4; k++, q++) {
      if (q >= n || !isAsciiDigit(s.charAt(q))) {
        return 0;
      }
    }
    for (int part = 0; part < 2; part++) {
      if (q >= n || s.charAt(q) != '-') {
        return 0;
      }
      q++;
      int d = 0;
      while (q < n && isAsciiDigit(s.charAt(q)) && d < 3) {
        q++;
        d++;
      }
      if (d < 1 || d > 2) {
        return 0;
      }
    }
    if (p > 0 && isRunChar(s.charAt(p - 1)) || q < n && isRunChar(s.charAt(q))) {
      return 0;
    }
    return q - p;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void requireKeepable(CharSequence value, int keepFirst, int keepLast) {
    InvalidValueException.requireNonNull(value, "value");
    if (keepFirst < 0) {
      throw new InvalidValueException("keepFirst", Integer.toString(keepFirst), "must be >= 0");
    }
    if (keepLast < 0) {
      throw new InvalidValueException("keepLast", Integer.toString(keepLast), "must be >= 0");
    }
  }
}

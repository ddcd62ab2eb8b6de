package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;

/**
 * Masks personal identifiers for display: in messages, logs and {@code toString()}.
 *
 * <p>{@link #mask(String)} keeps the first 3 and the last 4 characters, as in {@code
 * 110***********1234}; values of 7 characters or fewer are masked completely, so that nothing short
 * is ever shown in full. Counting is by code point, so a surrogate pair is never split. Thread-safe.
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
    InvalidValueException.requireNonNull(value, "value");
    if (keepFirst < 0) {
      throw new InvalidValueException("keepFirst", Integer.toString(keepFirst), "must be >= 0");
    }
    if (keepLast < 0) {
      throw new InvalidValueException("keepLast", Integer.toString(keepLast), "must be >= 0");
    }
    String s = value.toString();
    int n = s.codePointCount(0, s.length());
    if (keepFirst + keepLast >= n) {
      keepFirst = 0;
      keepLast = 0;
    }
    StringBuilder out = new StringBuilder(s.length());
    int cp = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (cp < keepFirst || cp >= n - keepLast) {
        out.appendCodePoint(c);
      } else {
        out.append(mask);
      }
      cp++;
      i += Character.charCount(c);
    }
    return out.toString();
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
    InvalidValueException.requireNonNull(value, "value");
    if (keepFirst < 0) {
      throw new InvalidValueException("keepFirst", Integer.toString(keepFirst), "must be >= 0");
    }
    if (keepLast < 0) {
      throw new InvalidValueException("keepLast", Integer.toString(keepLast), "must be >= 0");
    }
    String s = value.toString();
    int n = (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    if (keepFirst + keepLast >= n) {
      keepFirst = 0;
      keepLast = 0;
    }
    StringBuilder out = new StringBuilder(s.length());
    int k = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.appendCodePoint(c);
      } else {
        out.appendCodePoint(k < keepFirst || k >= n - keepLast ? c : mask);
        k++;
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }
}

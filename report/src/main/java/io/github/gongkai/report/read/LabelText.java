package io.github.gongkai.report.read;

import io.github.gongkai.core.InvalidValueException;

/**
 * Normalisation of printed table text, so that labels typed, exported from Word or flattened to text
 * compare equal to the standard labels: white space of any kind (line wrapping, no-break
 * space padding, ideographic space) removed; full-width letters, digits and punctuation made half-width
 * ({@code （三）} → {@code (三)}, {@code ：} → {@code :}, {@code １} → {@code 1}); curly and corner
 * quotes made straight; the enumeration comma and the full stop after a number removed, so that
 * {@code 1、}, {@code 1．} and {@code 1.} compare equal; the middle dot that joins a group to its
 * label ({@code 行政诉讼·未经复议直接起诉}) removed. Stateless and thread-safe.
 */
public final class LabelText {
  private LabelText() {}

  /**
   * The comparison form of a label.
   *
   * @param text the printed text; not null
   * @return the normalised text
   */
  public static String normalise(String text) {
    InvalidValueException.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = width(text.charAt(i));
      if (isSpace(c) || c == '.' || c == '、' || c == '。' || c == '·' || c == '・' || c == '•') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Text as printed but tidied: every run of white space (including the no-break space and the
   * ideographic space) becomes one space, leading and trailing space removed; nothing else changes.
   *
   * @param text the printed text; not null
   * @return the tidied text
   */
  public static String tidy(String text) {
    InvalidValueException.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Whether a character is white space of any kind, including the no-break, ideographic and
   * zero-width spaces.
   *
   * @param c the character
   * @return true for white space
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  /** Full-width ASCII forms to half-width; curly and corner quotes to straight ones. */
  static char width(char c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      return (char) (c - 0xfee0);
    }
    switch (c) {
      case '“':
      case '”':
      case '「':
      case '」':
      case '″':
        return '"';
      case '‘':
      case '’':
        return '\'';
      case '\u3000':
        return ' ';
      default:
        return c;
    }
  }

  /**
   * Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16
   * units, each costing 1).
   *
   * @param a a string; not null
   * @param b another; not null
   * @return the distance
   */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

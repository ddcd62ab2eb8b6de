package io.github.gongkai.core.internal;

import io.github.gongkai.core.InvalidValueException;

/** Chinese numerals as used in legal citations (第三十六条). Not part of the public API. */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Writes 1–999 the way statutes number articles: 十, 十四, 二十, 三十六, 一百零一.
   *
   * @param n the number, 1 to 999
   * @return the numeral
   */
  public static String of(int n) {
    if (n < 1 || n > 999) {
      throw new InvalidValueException("number", Integer.toString(n), "must be between 1 and 999");
    }
    StringBuilder sb = new StringBuilder();
    int hundreds = n / 100;
    int tens = (n / 10) % 10;
    int units = n % 10;
    if (hundreds > 0) {
      sb.append(DIGITS.charAt(hundreds)).append('百');
      if (tens == 0 && units != 0) {
        sb.append('零');
      }
    }
    if (tens > 0) {
      if (!(tens == 1 && hundreds == 0)) {
        sb.append(DIGITS.charAt(tens));
      }
      sb.append('十');
    }
    if (units > 0) {
      sb.append(DIGITS.charAt(units));
    }
    return sb.toString();
  }
}

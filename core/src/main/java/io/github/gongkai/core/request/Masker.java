package io.github.gongkai.core.request;

/**
 * Masks personal identifiers for messages and {@code toString}: keeps the first 3 and the last 4
 * characters and replaces the rest with {@code *}; values of 8 characters or fewer are masked
 * entirely. Same rule as {@code
 * io.github.gongkai.core.id.Masking}, which replaces this class once available.
 */
final class Masker {
  private Masker() {}

  static String mask(String value) {
    int n = value.length();
    if (n <= 8) {
      return "*".repeat(n);
    }
    return value.substring(0, 3) + "*".repeat(n - 7) + value.substring(n - 4);
  }
}

package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import org.immutables.value.Value;

/**
 * How a redacted span is replaced: {@link #full()} (every code point by {@code *}), {@link
 * #keep(int, int)} (keep the first and last N, as in {@code 110***********1234}) or {@link
 * #fixed(String)} (one replacement text, e.g. {@code [已删除]}). Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class Mask {
  /** The kind of mask. */
  public enum Kind {
    /** Every code point replaced by the mask char. */
    FULL,
    /** First and last code points kept, the rest replaced. */
    KEEP,
    /** The whole span replaced by a fixed text. */
    FIXED
  }

  /** Holds the shared full mask; a holder so that Mask's own initialisation never needs its subclass. */
  private static final class FullMask {
    static final Mask INSTANCE =
        ImmutableMask.builder().kind(Kind.FULL).keepFirst(0).keepLast(0).replacement("").build();
  }

  Mask() {}

  /**
   * Replaces every code point by {@code *}.
   *
   * @return the mask
   */
  public static Mask full() {
    return FullMask.INSTANCE;
  }

  /**
   * Keeps the first {@code first} and last {@code last} letters or digits and replaces the other
   * letters and digits by {@code *}; separators stay, so {@code 139 1234 5678} becomes {@code 139
   * **** 5678}. A span too short to keep anything hidden is masked in full.
   *
   * @param first letters or digits kept at the start, 0..8
   * @param last letters or digits kept at the end, 0..8
   * @return the mask
   * @throws InvalidValueException if a count is out of range
   */
  public static Mask keep(int first, int last) {
    return ImmutableMask.builder()
        .kind(Kind.KEEP)
        .keepFirst(first)
        .keepLast(last)
        .replacement("")
        .build();
  }

  /**
   * Replaces the whole span by {@code replacement}.
   *
   * @param replacement the text, e.g. {@code [已删除]}; not null, may be empty
   * @return the mask
   */
  public static Mask fixed(String replacement) {
    InvalidValueException.requireNonNull(replacement, "replacement");
    return ImmutableMask.builder()
        .kind(Kind.FIXED)
        .keepFirst(0)
        .keepLast(0)
        .replacement(replacement)
        .build();
  }

  /**
   * Parses the code form: {@code full}, {@code keep-F-L} (e.g. {@code keep-3-4}) or {@code
   * fixed:TEXT}.
   *
   * @param code the code; not null
   * @return the mask
   * @throws InvalidValueException if the code is malformed
   */
  public static Mask parse(String code) {
    InvalidValueException.requireNonNull(code, "mask");
    if (code.equals("full")) {
      return full();
    }
    if (code.startsWith("fixed:")) {
      return fixed(code.substring(6));
    }
    if (code.matches("keep-\\d-\\d")) {
      return keep(code.charAt(5) - '0', code.charAt(7) - '0');
    }
    throw new InvalidValueException("mask", code, "must be full, keep-F-L or fixed:TEXT");
  }

  /**
   * The code form accepted by {@link #parse(String)}.
   *
   * @return the code
   */
  public String getCode() {
    switch (getKind()) {
      case FULL:
        return "full";
      case KEEP:
        return "keep-" + getKeepFirst() + "-" + getKeepLast();
      default:
        return "fixed:" + getReplacement();
    }
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * Letters or digits kept at the start, for {@link Kind#KEEP}; 0 for the other kinds.
   *
   * @return the count, 0..8
   */
  public abstract int getKeepFirst();

  /**
   * Letters or digits kept at the end, for {@link Kind#KEEP}; 0 for the other kinds.
   *
   * @return the count, 0..8
   */
  public abstract int getKeepLast();

  /**
   * The replacement text, for {@link Kind#FIXED}; empty for the other kinds.
   *
   * @return the replacement
   */
  public abstract String getReplacement();

  @Value.Check
  void check() {
    int first = getKeepFirst();
    int last = getKeepLast();
    if (first < 0 || first > 8) {
      throw new InvalidValueException("first", Integer.toString(first), "must be in 0..8");
    }
    if (last < 0 || last > 8) {
      throw new InvalidValueException("last", Integer.toString(last), "must be in 0..8");
    }
    if (getKind() != Kind.KEEP && (first != 0 || last != 0)
        || getKind() != Kind.FIXED && !getReplacement().isEmpty()) {
      throw new InvalidValueException("mask", getCode(), "has attributes of another kind");
    }
  }

  /**
   * Applies the mask.
   *
   * @param original the text of the span; not null
   * @return the replacement
   */
  public String apply(String original) {
    InvalidValueException.requireNonNull(original, "original");
    switch (getKind()) {
      case FULL:
        return Masking.mask(original, 0, 0, Masking.MASK);
      case KEEP:
        // format characters (U+200B …) inside the span are dropped, the separators kept
        return Masking.maskSignificant(withoutFormatCharacters(original), getKeepFirst(), getKeepLast(), Masking.MASK);
      default:
        return getReplacement();
    }
  }

  private static String withoutFormatCharacters(String s) {
    StringBuilder sb = null;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.getType(c) == Character.FORMAT) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, k);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  @Override
  public String toString() {
    return "Mask{" + getCode() + "}";
  }
}

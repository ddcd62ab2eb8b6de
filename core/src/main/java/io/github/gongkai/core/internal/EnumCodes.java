package io.github.gongkai.core.internal;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The one lookup of coded constants by their code (see {@link Coded}); not part of the public API.
 *
 * <p>One rule for every enum: the code must match exactly. A near miss — other letter case, {@code
 * _} for {@code -}, surrounding blanks, or one or two typing errors — is still refused, and the
 * message names the code that was probably meant. A value that looks like a personal identifier
 * (six or more digits) is masked in the message.
 */
public final class EnumCodes {
  /**
   * Each coded enum's constants by code, built once per enum. Where two constants shared a code the
   * first keeps it, as a scan in declaration order would find it.
   */
  private static final ClassValue<Map<String, Object>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          if (constants == null || !Coded.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a coded enum");
          }
          Map<String, Object> byCode = new HashMap<>();
          for (Object constant : constants) {
            byCode.putIfAbsent(((Coded) constant).getCode(), constant);
          }
          return Map.copyOf(byCode);
        }
      };

  private EnumCodes() {}

  /**
   * The constant of a coded enum whose code is exactly {@code code}, without a message when there
   * is none: the fast path of readers that fall back on {@link #lookup} for everything else.
   *
   * @param type a coded enum class
   * @param code the code
   * @return the constant, or null if no constant has exactly this code
   * @throws IllegalArgumentException if {@code type} is not an enum implementing {@link Coded}
   */
  public static @Nullable Object exact(Class<?> type, String code) {
    return BY_CODE.get(type).get(code);
  }

  /**
   * Finds the constant whose code equals {@code code}.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param field the field or option name used in the error
   * @param code the code to look up
   * @return the constant
   * @throws InvalidValueException if the code is null or unknown; the message lists the codes
   */
  public static <E extends Enum<E> & Coded> E lookup(Class<E> type, String field, @Nullable String code) {
    String given = InvalidValueException.requireNonNull(code, field);
    Object found = exact(type, given);
    if (found != null) {
      return type.cast(found);
    }
    throw unknown(Arrays.asList(type.getEnumConstants()), field, given);
  }

  /**
   * The one refusal of an unknown code, over any list of coded values: it lists the valid codes and
   * names the nearest one when it is a near miss; a value that looks like an identifier is masked.
   *
   * @param values the valid values, in the order to list them
   * @param field the field or option name used in the error
   * @param given the code that was given
   * @return the exception to throw
   */
  public static InvalidValueException unknown(List<? extends Coded> values, String field, String given) {
    StringJoiner known = new StringJoiner(", ");
    for (Coded c : values) {
      known.add(c.getCode());
    }
    Coded near = nearest(values, given);
    String rule = "must be one of " + known + (near == null ? "" : " (did you mean `" + near.getCode() + "`?)");
    return new InvalidValueException(field, safe(given), rule);
  }

  private static @Nullable Coded nearest(List<? extends Coded> values, String code) {
    String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    Coded best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Coded c : values) {
      int d = distance(c.getCode(), normalized);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = normalized.length() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? best : null;
  }

  /**
   * The Levenshtein distance of two strings (insertions, deletions, substitutions).
   *
   * @param a one string
   * @param b the other
   * @return the number of edits
   */
  public static int distance(String a, String b) {
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

  /** A value with a run of six or more digits may be an identifier typed into the wrong field. */
  private static String safe(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      run = Character.isDigit(value.charAt(i)) ? run + 1 : 0;
      if (run >= 6) {
        return Masking.mask(value);
      }
    }
    return value;
  }
}

package io.github.gongkai.core.internal;

import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Lookup of enum constants by their stable code; not part of the public API. */
public final class EnumCodes {
  private EnumCodes() {}

  /**
   * Finds the constant whose code equals {@code code}.
   *
   * @param <E> the enum type
   * @param values all constants
   * @param codeOf the code of a constant
   * @param field the field name used in the error
   * @param code the code to look up
   * @return the constant
   * @throws InvalidValueException if the code is null or unknown; the message lists the codes
   */
  public static <E extends Enum<E>> E lookup(
      E[] values, Function<E, String> codeOf, String field, @Nullable String code) {
    InvalidValueException.requireNonNull(code, field);
    for (E e : values) {
      if (codeOf.apply(e).equals(code)) {
        return e;
      }
    }
    throw unknown(values, codeOf, field, code);
  }

  /**
   * Like {@link #lookup}, but tolerant of how a person types a code: surrounding blanks are
   * trimmed, letters lower-cased and {@code _} read as {@code -}, so {@code " WITHHELD_STATE"}
   * finds {@code withheld-state}. The error quotes the code as given.
   *
   * @param <E> the enum type
   * @param values all constants
   * @param codeOf the code of a constant (lower kebab case)
   * @param field the field name used in the error
   * @param code the code to look up
   * @return the constant
   * @throws InvalidValueException if the code is null or unknown; the message lists the codes
   */
  public static <E extends Enum<E>> E lookupLenient(
      E[] values, Function<E, String> codeOf, String field, @Nullable String code) {
    InvalidValueException.requireNonNull(code, field);
    String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (E e : values) {
      if (codeOf.apply(e).equals(normalized)) {
        return e;
      }
    }
    throw unknown(values, codeOf, field, code);
  }

  private static <E extends Enum<E>> InvalidValueException unknown(
      E[] values, Function<E, String> codeOf, String field, String code) {
    StringJoiner known = new StringJoiner(", ");
    for (E e : values) {
      known.add(codeOf.apply(e));
    }
    return new InvalidValueException(field, code, "must be one of " + known);
  }
}

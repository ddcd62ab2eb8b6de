package io.github.gongkai.core.internal;

import io.github.gongkai.core.InvalidValueException;
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
    StringJoiner known = new StringJoiner(", ");
    for (E e : values) {
      known.add(codeOf.apply(e));
    }
    throw new InvalidValueException(field, code, "must be one of " + known);
  }
}

package io.github.gongkai.core;

import org.jspecify.annotations.Nullable;

/**
 * A value given to a gongkai factory, builder or reader breaks a rule.
 *
 * <p>Carries the field (or parameter) name and a display form of the rejected value. Personal
 * identifiers are masked before they reach this exception, and any identifier-like run left in
 * the value or message is masked by {@link io.github.gongkai.core.id.Masking#maskIdentifiers}, so
 * its message is safe to log.
 */
public class InvalidValueException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;

  /**
   * Creates the exception.
   *
   * @param field the field or parameter that was rejected, e.g. {@code "receiptDate"}; not null
   * @param value display form of the rejected value, already masked if it is a personal identifier;
   *     null when the value was missing
   * @param rule the rule the value breaks, phrased as a requirement; not null
   */
  public InvalidValueException(String field, @Nullable String value, String rule) {
    super(field + ": " + rule + " - but was: " + (value == null ? "null" : value));
    this.field = field;
    this.value = value == null ? null : io.github.gongkai.core.id.Masking.maskIdentifiers(value);
  }

  /**
   * The field or parameter that was rejected.
   *
   * @return the field name, not null
   */
  public String getField() {
    return field;
  }

  /**
   * Display form of the rejected value (masked for personal identifiers).
   *
   * @return the value, or null when it was missing
   */
  public @Nullable String getValue() {
    return value;
  }

  /**
   * Fails with this exception when {@code value} is null.
   *
   * @param <T> the value type
   * @param value the value to check
   * @param field the field or parameter name used in the message
   * @return {@code value}, never null
   * @throws InvalidValueException if {@code value} is null
   */
  public static <T> T requireNonNull(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    return value;
  }
}

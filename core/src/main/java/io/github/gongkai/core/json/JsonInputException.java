package io.github.gongkai.core.json;

import io.github.gongkai.core.GongkaiException;
import org.jspecify.annotations.Nullable;

/**
 * JSON input could not be read as a gongkai document: malformed JSON, a missing or null required
 * field, a value of the wrong type, an unknown enum code or event type, or a value that breaks a
 * rule of the model.
 *
 * <p>{@link #getPath()} names the offending field as a JSON path, e.g. {@code
 * $.events[2].workingDays}; the message reads {@code path: rule - but was: value}. Personal
 * identifiers in the value are masked, as in {@link io.github.gongkai.core.InvalidValueException}.
 */
public class JsonInputException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param path JSON path of the offending field, e.g. {@code $.applicant.name}; not null
   * @param value display form of the offending value, or null if missing or unknown
   * @param rule what the field must be; not null
   * @param cause the underlying failure; may be null
   */
  public JsonInputException(
      String path, @Nullable String value, String rule, @Nullable Throwable cause) {
    super(path + ": " + rule + " - but was: " + (value == null ? "null" : value), cause);
    this.path = path;
    this.value = value;
    this.rule = rule;
  }

  /**
   * The JSON path of the offending field, e.g. {@code $.events[2].workingDays}; {@code $} for the
   * whole document; with {@code @line:column} for malformed JSON.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * Display form of the offending value.
   *
   * @return the value, or null when it was missing or cannot be shown
   */
  public @Nullable String getValue() {
    return value;
  }

  /**
   * The rule broken, e.g. {@code is required}.
   *
   * @return the rule
   */
  public String getRule() {
    return rule;
  }
}

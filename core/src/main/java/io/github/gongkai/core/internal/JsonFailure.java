package io.github.gongkai.core.internal;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.json.SchemaVersion;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failed read described in terms of neither Jackson line, and its wording as a {@link
 * JsonInputException}: the Jackson 2 and Jackson 3 bindings each classify their own exception into
 * one of these facts and leave the decision what to say, and in which order of precedence, to
 * {@link #toException()}; not part of the public API.
 *
 * <p>The binding's exception is only searched (for a duplicate key or a model failure), never kept:
 * its message may quote the input.
 */
public final class JsonFailure {
  private enum Kind {
    UNKNOWN_FIELD,
    NULL_VALUE,
    UNKNOWN_TYPE,
    INVALID_VALUE,
    MISMATCHED,
    OTHER
  }

  private final String path;
  private final @Nullable String originalMessage;
  private final Throwable failure;
  private final boolean namesScalar;
  private Kind kind = Kind.OTHER;
  private @Nullable String unknownFieldRule;
  private @Nullable String value;
  private @Nullable Class<?> target;

  private JsonFailure(String path, @Nullable String originalMessage, Throwable failure, boolean namesScalar) {
    this.path = path;
    this.originalMessage = originalMessage;
    this.failure = failure;
    this.namesScalar = namesScalar;
  }

  /**
   * A failure while binding a document.
   *
   * @param path the JSON path where it happened, from {@link JsonMessages#path(List)}
   * @param originalMessage the binding's message without location, may be null
   * @param failure the binding's exception, searched for a duplicate key or a model failure
   * @param namesScalar whether a model failure here is about the scalar at {@code path} (an enum
   *     code or a value type) rather than about a field of an object
   * @return the description, of no particular kind until one of the other methods says
   */
  public static JsonFailure at(
      String path, @Nullable String originalMessage, Throwable failure, boolean namesScalar) {
    return new JsonFailure(path, originalMessage, failure, namesScalar);
  }

  /**
   * A field the type does not have.
   *
   * @param type the type read
   * @param field the unknown field
   * @param knownFields the type's fields
   * @return this
   */
  public JsonFailure unknownField(Class<?> type, String field, Collection<?> knownFields) {
    kind = Kind.UNKNOWN_FIELD;
    unknownFieldRule = JsonMessages.unknownField(type, field, knownFields);
    return this;
  }

  /**
   * JSON {@code null} where a value is required.
   *
   * @return this
   */
  public JsonFailure nullValue() {
    kind = Kind.NULL_VALUE;
    return this;
  }

  /**
   * An event type name no subtype has.
   *
   * @param typeId the name found, may be null
   * @return this
   */
  public JsonFailure unknownType(@Nullable String typeId) {
    kind = Kind.UNKNOWN_TYPE;
    value = typeId;
    return this;
  }

  /**
   * A value of the right JSON type that is not a valid value of the Java type.
   *
   * @param found the value found, may be null
   * @param type the Java type expected
   * @return this
   */
  public JsonFailure invalidValue(@Nullable Object found, Class<?> type) {
    kind = Kind.INVALID_VALUE;
    value = String.valueOf(found);
    target = type;
    return this;
  }

  /**
   * A JSON value of the wrong JSON type.
   *
   * @param token the scalar found, null for an object or array
   * @param type the Java type expected, may be null
   * @return this
   */
  public JsonFailure mismatched(@Nullable String token, @Nullable Class<?> type) {
    kind = Kind.MISMATCHED;
    value = token;
    target = type;
    return this;
  }

  /**
   * The failure as gongkai words it: a duplicate key first, then an unknown field, a missing value,
   * a failure of the model's own checks, an unknown type name, an invalid value, content after the
   * document, a value of the wrong JSON type, and otherwise the binding's message with identifiers
   * masked.
   *
   * @return the exception to throw
   */
  public JsonInputException toException() {
    String duplicate = JsonMessages.duplicateName(failure);
    if (duplicate != null) {
      return duplicateKey(duplicate.isEmpty() ? path : path + "." + JsonMessages.safeName(duplicate));
    }
    if (kind == Kind.UNKNOWN_FIELD) {
      return new JsonInputException(
          path, null, java.util.Objects.requireNonNull(unknownFieldRule, "unknownField(...) sets the rule"), null);
    }
    if (kind == Kind.NULL_VALUE) {
      return new JsonInputException(path, null, JsonMessages.REQUIRED, null);
    }
    InvalidValueException model = JsonMessages.findModelFailure(failure);
    if (model != null) {
      return JsonMessages.fromModel(path, namesScalar, model);
    }
    if (kind == Kind.UNKNOWN_TYPE) {
      String where = JsonMessages.join(path, "type");
      return new JsonInputException(where, JsonMessages.safe(where, value), "must be a known type name", null);
    }
    if (kind == Kind.INVALID_VALUE) {
      return new JsonInputException(
          path, JsonMessages.safe(path, value), "must be a valid " + JsonMessages.typeName(target), null);
    }
    if (originalMessage != null && originalMessage.startsWith("Trailing token")) {
      return new JsonInputException(
          path, null, "must be well-formed JSON holding a single document (content after it)", null);
    }
    if (kind == Kind.MISMATCHED) {
      return new JsonInputException(
          path, JsonMessages.safe(path, value), "must be a valid " + JsonMessages.typeName(target), null);
    }
    return new JsonInputException(
        path, null, "cannot be read (" + JsonMessages.maskRuns(originalMessage) + ")", null);
  }

  /**
   * A key given twice in one object.
   *
   * @param path the path of the repeated key
   * @return the exception to throw
   */
  public static JsonInputException duplicateKey(String path) {
    return new JsonInputException(path, null, JsonMessages.DUPLICATE_RULE, null);
  }

  /**
   * Text that is not well-formed JSON.
   *
   * @param location the parser's {@code line:column}, or null if unknown
   * @param originalMessage the parser's message without location
   * @return the exception to throw
   */
  public static JsonInputException malformed(@Nullable String location, @Nullable String originalMessage) {
    String where = location == null ? "$" : "$@" + location;
    return new JsonInputException(
        where, null, "must be well-formed JSON (" + JsonMessages.maskRuns(originalMessage) + ")", null);
  }

  /**
   * The failure to report for a document that could not be read: one saying its {@code
   * schemaVersion} is newer than this library reads, if it is, else the translated failure.
   *
   * @param translated the binding's failure, translated
   * @param version the document's top-level {@code schemaVersion}, null if it has no integer one
   * @return the exception to throw
   */
  public static JsonInputException preferNewerVersion(JsonInputException translated, @Nullable Integer version) {
    JsonInputException newer =
        version != null && version > SchemaVersion.CURRENT ? JsonMessages.unreadableVersion(version) : null;
    return newer != null ? newer : translated;
  }

  /**
   * The document a binding read, refused when it is JSON {@code null} (a binding reads the literal
   * {@code null} as no value).
   *
   * @param <T> the document type
   * @param value what the binding read
   * @param type the document type
   * @return the document
   * @throws JsonInputException at {@code $} if there is none
   */
  public static <T> T document(@Nullable T value, Class<T> type) {
    if (value == null) {
      throw new JsonInputException("$", null, "must be a " + JsonMessages.typeName(type), null);
    }
    return value;
  }
}

package io.github.gongkai.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.MissingValueException;
import io.github.gongkai.core.id.Masking;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing gongkai documents as JSON.
 *
 * <p>{@link #newMapper()} gives a ready {@link ObjectMapper}; the {@code read} methods turn every
 * Jackson failure into a {@link JsonInputException} naming the JSON path of the offending field:
 *
 * <pre>{@code
 * InformationRequest r = GongkaiJson.read(json, InformationRequest.class);
 * String out = GongkaiJson.write(r);
 * }</pre>
 *
 * <p>JSON Lines are read with {@link JsonLinesReader} and written with {@link JsonLinesWriter}.
 *
 * <p>Thread-safe: the shared mapper is configured once and never changed.
 */
public final class GongkaiJson {
  private static final ObjectMapper MAPPER = newMapper();

  private GongkaiJson() {}

  /**
   * A new mapper for gongkai documents: {@link GongkaiModule} registered, dates as ISO strings,
   * null for a primitive field rejected, floats not accepted for integers, trailing tokens
   * rejected. Unknown properties are ignored (gongkai's types say so themselves), so newer
   * documents with added optional fields stay readable.
   *
   * @return a new, independent mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new GongkaiModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * Reads one document.
   *
   * @param <T> the document type
   * @param json the JSON text; not null
   * @param type the document type, e.g. {@code InformationRequest.class}; not null
   * @return the document
   * @throws JsonInputException if the JSON is malformed or does not describe a valid {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    InvalidValueException.requireNonNull(json, "json");
    InvalidValueException.requireNonNull(type, "type");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * Reads one document from a UTF-8 stream. The stream is not closed.
   *
   * @param <T> the document type
   * @param in the stream; not null
   * @param type the document type; not null
   * @return the document
   * @throws JsonInputException if the JSON is malformed or does not describe a valid {@code type}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream in, Class<T> type) {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(type, "type");
    try {
      return MAPPER.readerFor(type)
          .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .readValue(in);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as compact JSON.
   *
   * @param value the document; not null
   * @return the JSON text
   */
  public static String write(Object value) {
    InvalidValueException.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as indented JSON.
   *
   * @param value the document; not null
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    InvalidValueException.requireNonNull(value, "value");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Translates a Jackson failure into a {@link JsonInputException} naming the JSON path. Useful
   * when you read gongkai documents with your own mapper.
   *
   * @param e the Jackson failure; not null
   * @return the translated exception (to throw)
   */
  public static JsonInputException translate(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "$" : "$@" + loc.getLineNr() + ":" + loc.getColumnNr();
      return new JsonInputException(where, null, "must be well-formed JSON (" + e.getOriginalMessage() + ")", e);
    }
    JsonMappingException m = (JsonMappingException) e;
    String path = pathOf(m);
    InvalidValueException model = findModelFailure(e);
    if (model instanceof MissingValueException) {
      List<String> missing = ((MissingValueException) model).getMissing();
      String field = missing.size() == 1 ? missing.get(0) : String.join(", ", missing);
      return new JsonInputException(join(path, field), null, "is required", e);
    }
    if (model != null) {
      // a scalar value type (enum code, amount) failed: the path already names its field;
      // an object failed its own check: the model names the field inside it
      String where = namesScalar(m) ? path : join(path, model.getField());
      return new JsonInputException(where, model.getValue(), ruleOf(model), e);
    }
    if (m instanceof InvalidTypeIdException) {
      String id = ((InvalidTypeIdException) m).getTypeId();
      return new JsonInputException(
          join(path, "type"), id, "must be a known type name", e);
    }
    if (m instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) m;
      return new JsonInputException(
          path, safe(path, String.valueOf(f.getValue())), "must be a valid " + typeName(f.getTargetType()), e);
    }
    String original = m.getOriginalMessage();
    if (original != null && original.startsWith("Trailing token")) {
      return new JsonInputException(
          path, null, "must be well-formed JSON holding a single document (content after it)", e);
    }
    if (m instanceof MismatchedInputException) {
      MismatchedInputException mi = (MismatchedInputException) m;
      return new JsonInputException(
          path, safe(path, tokenOf(mi)), "must be a valid " + typeName(mi.getTargetType()), e);
    }
    return new JsonInputException(path, null, "cannot be read (" + m.getOriginalMessage() + ")", e);
  }

  /** Masks a raw value read under a personal-data field (identity proof, contacts). */
  private static @Nullable String safe(String path, @Nullable String value) {
    if (value == null) {
      return null;
    }
    boolean personal =
        path.contains(".identityProof") || path.contains(".contacts") || path.contains(".phone");
    return personal ? Masking.mask(value) : value;
  }

  private static boolean namesScalar(JsonMappingException e) {
    if (e instanceof ValueInstantiationException) {
      Class<?> raw = ((ValueInstantiationException) e).getType().getRawClass();
      return raw.isEnum() || !raw.getSimpleName().startsWith("Immutable");
    }
    return e instanceof InvalidFormatException;
  }

  private static @Nullable String tokenOf(MismatchedInputException e) {
    Object processor = e.getProcessor();
    if (processor instanceof com.fasterxml.jackson.core.JsonParser) {
      com.fasterxml.jackson.core.JsonParser p = (com.fasterxml.jackson.core.JsonParser) processor;
      try {
        return p.currentToken() == null ? null : p.getText();
      } catch (IOException ignored) {
        return null;
      }
    }
    return null;
  }

  private static String typeName(@Nullable Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == java.time.LocalDate.class) {
      return "date (yyyy-MM-dd)";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "integer";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type.isEnum()) {
      return "code";
    }
    String n = type.getSimpleName();
    return n.startsWith("Immutable") ? n.substring("Immutable".length()) + " object" : n;
  }

  private static String ruleOf(InvalidValueException e) {
    String msg = e.getMessage();
    String prefix = e.getField() + ": ";
    int but = msg.lastIndexOf(" - but was: ");
    String rule = but < 0 ? msg : msg.substring(0, but);
    return rule.startsWith(prefix) ? rule.substring(prefix.length()) : rule;
  }

  private static @Nullable InvalidValueException findModelFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return (InvalidValueException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /**
   * Appends a model field (which may itself be dotted, e.g. {@code identityProof.number}) to a path,
   * skipping the segments the path already ends with.
   */
  private static String join(String path, String field) {
    if (field.isEmpty()) {
      return path;
    }
    String[] segments = field.split("\\.");
    for (int k = segments.length; k >= 1; k--) {
      String head = String.join(".", java.util.Arrays.copyOfRange(segments, 0, k));
      if (path.endsWith("." + head)) {
        String rest = String.join(".", java.util.Arrays.copyOfRange(segments, k, segments.length));
        return rest.isEmpty() ? path : path + "." + rest;
      }
    }
    return path + "." + field;
  }
}

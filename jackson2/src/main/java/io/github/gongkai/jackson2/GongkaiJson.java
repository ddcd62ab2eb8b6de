package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.JsonFailure;
import io.github.gongkai.core.internal.JsonMessages;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.request.InformationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing gongkai documents with Jackson 2.
 *
 * <pre>{@code
 * InformationRequest r = GongkaiJson.read(json, InformationRequest.class);
 * String out = GongkaiJson.write(r);
 * DocumentCodec codec = GongkaiJson.codec(); // for code that takes any JSON binding
 * }</pre>
 *
 * <p>Every read failure is a {@link JsonInputException} naming the JSON path ({@code
 * $.applicant.contacts.phone}, {@code $.events[2].date}), what was expected and, for an unknown
 * field, the nearest known field. Values echoed in messages are masked when they look like an
 * identifier, and no Jackson exception (whose message may quote the input) is kept as a cause.
 *
 * <p>Thread-safe: the shared mapper is configured once and never changed.
 */
public final class GongkaiJson {
  private static final JsonMapper MAPPER = newMapper();
  private static final Codec CODEC = new Codec(MAPPER, true);

  private GongkaiJson() {}

  /**
   * A new strict mapper for gongkai documents: {@link GongkaiModule} registered, dates as ISO
   * strings; refused are unknown fields, duplicate keys, content after the document, null for a
   * primitive, a float for an integer and a number for an enum code.
   *
   * @return a new, independent mapper
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new GongkaiModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * The strict codec over a shared {@link #newMapper()}.
   *
   * @return the codec, thread-safe
   */
  public static DocumentCodec codec() {
    return CODEC;
  }

  /**
   * A strict codec over a mapper of your own (which should have {@link GongkaiModule}).
   *
   * @param mapper the mapper; not null
   * @return the codec
   */
  public static DocumentCodec codec(JsonMapper mapper) {
    return new Codec(InvalidValueException.requireNonNull(mapper, "mapper"), false);
  }

  /**
   * Reads one document.
   *
   * @param <T> the document type
   * @param json the JSON text; not null
   * @param type the document type, e.g. {@code InformationRequest.class}; not null
   * @return the document, never null
   * @throws JsonInputException if the JSON is malformed or does not describe a valid {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    return CODEC.read(json, type);
  }

  /**
   * Reads one document from a UTF-8 stream, to its end. The stream is not closed.
   *
   * @param <T> the document type
   * @param in the stream; not null
   * @param type the document type; not null
   * @return the document, never null
   * @throws JsonInputException if the JSON is malformed or does not describe a valid {@code type}
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(java.io.InputStream in, Class<T> type) {
    InvalidValueException.requireNonNull(in, "in");
    try {
      return CODEC.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), type);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as compact JSON.
   *
   * @param value the document; not null
   * @return the JSON text
   */
  public static String write(Object value) {
    return CODEC.write(value);
  }

  /**
   * Writes a document as indented JSON (two spaces, {@code \n} line breaks).
   *
   * @param value the document; not null
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    return CODEC.writePretty(value);
  }

  /**
   * Translates a Jackson failure into a {@link JsonInputException} naming the JSON path; use it
   * when you read gongkai documents with your own mapper. The result never carries the Jackson
   * exception (its message may quote the input); a model failure is kept as the cause.
   *
   * @param e the Jackson failure; not null
   * @return the translated exception (to throw)
   */
  public static JsonInputException translate(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return malformed(e);
    }
    JsonFailure failure = JsonFailure.at(pathOf(m), m.getOriginalMessage(), e, namesScalar(m));
    if (m instanceof UnrecognizedPropertyException u) {
      failure.unknownField(u.getReferringClass(), u.getPropertyName(), u.getKnownPropertyIds());
    } else if (m instanceof InvalidNullException) {
      failure.nullValue();
    } else if (m instanceof InvalidTypeIdException t) {
      failure.unknownType(t.getTypeId());
    } else if (m instanceof InvalidFormatException f) {
      failure.invalidValue(f.getValue(), f.getTargetType());
    } else if (m instanceof MismatchedInputException mi) {
      failure.mismatched(tokenOf(mi), mi.getTargetType());
    }
    return failure.toException();
  }

  private static JsonInputException malformed(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser p) {
      return JsonFailure.duplicateKey(contextPath(p.getParsingContext()));
    }
    JsonLocation loc = e.getLocation();
    return JsonFailure.malformed(loc == null ? null : loc.getLineNr() + ":" + loc.getColumnNr(), original);
  }

  private static String contextPath(@Nullable JsonStreamContext context) {
    Deque<Object> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.addFirst(Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        segments.addFirst(c.getCurrentName());
      }
    }
    return JsonMessages.path(new ArrayList<>(segments));
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
    if (processor instanceof JsonParser) {
      JsonParser p = (JsonParser) processor;
      try {
        JsonToken t = p.currentToken();
        return t == null || t.isStructStart() || t.isStructEnd() ? null : p.getText();
      } catch (IOException ignored) {
        return null;
      }
    }
    return null;
  }

  private static String pathOf(JsonMappingException e) {
    List<Object> segments = JsonMessages.segments();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        segments.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        segments.add(ref.getIndex());
      }
    }
    return JsonMessages.path(segments);
  }

  /** The top-level {@code schemaVersion} of a document, if it has an integer one. */
  private static @Nullable Integer schemaVersion(JsonMapper mapper, String json) {
    try (JsonParser p = mapper.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("schemaVersion".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
          return p.getIntValue();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The codec over one mapper; the shared one reads a plain request record through {@link
   * PlainRequestReader} first (a mapper of the caller's own may be configured otherwise).
   */
  private static final class Codec implements DocumentCodec {
    private final JsonMapper mapper;
    private final boolean plainRequests;
    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    Codec(JsonMapper mapper, boolean plainRequests) {
      this.mapper = mapper;
      this.plainRequests = plainRequests;
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      this.compact = mapper.writer();
      this.pretty = mapper.writer(printer);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      InvalidValueException.requireNonNull(json, "json");
      InvalidValueException.requireNonNull(type, "type");
      T value;
      try {
        value = mapper.readValue(json, type);
      } catch (JsonProcessingException e) {
        throw JsonFailure.preferNewerVersion(translate(e), schemaVersion(mapper, json));
      }
      return JsonFailure.document(value, type);
    }

    /** Parses the UTF-8 bytes directly (no string per document); failures are read as above. */
    @Override
    public <T> T read(byte[] utf8, int offset, int length, Class<T> type) {
      InvalidValueException.requireNonNull(utf8, "utf8");
      InvalidValueException.requireNonNull(type, "type");
      if (plainRequests && type == InformationRequest.class) {
        InformationRequest plain = PlainRequestReader.read(utf8, offset, length);
        if (plain != null) {
          return type.cast(plain);
        }
      }
      T value;
      try {
        value = mapper.readValue(utf8, offset, length, type);
      } catch (JsonProcessingException e) {
        // the rare failure: decoded and read again as text, for the same message as read(String)
        return DocumentCodec.super.read(utf8, offset, length, type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return JsonFailure.document(value, type);
    }

    @Override
    public String write(Object value) {
      return written(compact, value);
    }

    @Override
    public String writePretty(Object value) {
      return written(pretty, value);
    }

    private static String written(ObjectWriter writer, Object value) {
      InvalidValueException.requireNonNull(value, "value");
      try {
        return writer.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

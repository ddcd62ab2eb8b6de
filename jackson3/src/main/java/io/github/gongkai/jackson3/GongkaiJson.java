package io.github.gongkai.jackson3;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.JsonFailure;
import io.github.gongkai.core.internal.JsonMessages;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing gongkai documents with Jackson 3.
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
  private static final Codec CODEC = new Codec(MAPPER);

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
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
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
    return new Codec(InvalidValueException.requireNonNull(mapper, "mapper"));
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
  public static JsonInputException translate(JacksonException e) {
    if (!(e instanceof DatabindException m)) {
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

  private static JsonInputException malformed(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Duplicate ") && e.processor() instanceof JsonParser p) {
      return JsonFailure.duplicateKey(contextPath(p.streamReadContext()));
    }
    TokenStreamLocation loc = e.getLocation();
    return JsonFailure.malformed(loc == null ? null : loc.getLineNr() + ":" + loc.getColumnNr(), original);
  }

  private static String contextPath(@Nullable TokenStreamContext context) {
    Deque<Object> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.addFirst(Math.max(0, c.getCurrentIndex()));
      } else if (c.currentName() != null) {
        segments.addFirst(c.currentName());
      }
    }
    return JsonMessages.path(new ArrayList<>(segments));
  }

  private static boolean namesScalar(DatabindException e) {
    if (e instanceof ValueInstantiationException) {
      Class<?> raw = ((ValueInstantiationException) e).getType().getRawClass();
      return raw.isEnum() || !raw.getSimpleName().startsWith("Immutable");
    }
    return e instanceof InvalidFormatException;
  }

  private static @Nullable String tokenOf(MismatchedInputException e) {
    Object processor = e.processor();
    if (processor instanceof JsonParser) {
      JsonParser p = (JsonParser) processor;
      try {
        JsonToken t = p.currentToken();
        return t == null || t.isStructStart() || t.isStructEnd() ? null : p.getString();
      } catch (JacksonException ignored) {
        return null;
      }
    }
    return null;
  }

  private static String pathOf(DatabindException e) {
    List<Object> segments = JsonMessages.segments();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        segments.add(ref.getPropertyName());
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
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("schemaVersion".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
          return p.getIntValue();
        }
        p.skipChildren();
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The codec over one mapper. */
  private static final class Codec implements DocumentCodec {
    private final JsonMapper mapper;
    private final ObjectWriter pretty;

    Codec(JsonMapper mapper) {
      this.mapper = mapper;
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      this.pretty = mapper.writer().with(printer);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      InvalidValueException.requireNonNull(json, "json");
      InvalidValueException.requireNonNull(type, "type");
      T value;
      try {
        value = mapper.readValue(json, type);
      } catch (JacksonException e) {
        throw JsonFailure.preferNewerVersion(translate(e), schemaVersion(mapper, json));
      }
      return JsonFailure.document(value, type);
    }

    /** Parses the UTF-8 bytes directly (no string per document); failures are read as above. */
    @Override
    public <T> T read(byte[] utf8, int offset, int length, Class<T> type) {
      InvalidValueException.requireNonNull(utf8, "utf8");
      InvalidValueException.requireNonNull(type, "type");
      T value;
      try {
        value = mapper.readValue(utf8, offset, length, type);
      } catch (JacksonException e) {
        // the rare failure: decoded and read again as text, for the same message as read(String)
        return DocumentCodec.super.read(utf8, offset, length, type);
      }
      return JsonFailure.document(value, type);
    }

    @Override
    public String write(Object value) {
      InvalidValueException.requireNonNull(value, "value");
      return mapper.writeValueAsString(value);
    }

    @Override
    public String writePretty(Object value) {
      InvalidValueException.requireNonNull(value, "value");
      return pretty.writeValueAsString(value);
    }
  }
}

package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test-only {@link DocumentCodec}s over plain Jackson 2 and Jackson 3 mappers, strict (duplicate keys
 * and trailing content refused) and plain (defaults only), until {@code gongkai-jackson2} and {@code
 * gongkai-jackson3} provide theirs.
 */
public final class TestCodecs {
  /** Jackson 2 with STRICT_DUPLICATE_DETECTION and FAIL_ON_TRAILING_TOKENS. */
  public static final DocumentCodec JACKSON2 = new Jackson2(true);

  /**
   * Jackson 3 with STRICT_DUPLICATE_DETECTION, FAIL_ON_TRAILING_TOKENS and FAIL_ON_UNKNOWN_PROPERTIES
   * (off by default in Jackson 3, on in Jackson 2).
   */
  public static final DocumentCodec JACKSON3 = new Jackson3(true);

  /** A Jackson 2 mapper as constructed, nothing configured. */
  public static final DocumentCodec PLAIN_JACKSON2 = new Jackson2(false);

  /** A Jackson 3 mapper as constructed, nothing configured. */
  public static final DocumentCodec PLAIN_JACKSON3 = new Jackson3(false);

  private TestCodecs() {}

  /**
   * The strict codecs, for parameterised tests.
   *
   * @return Jackson 2 and Jackson 3
   */
  public static List<DocumentCodec> strict() {
    return List.of(JACKSON2, JACKSON3);
  }

  /**
   * Every codec, strict and plain.
   *
   * @return the four codecs
   */
  public static List<DocumentCodec> all() {
    return List.of(JACKSON2, JACKSON3, PLAIN_JACKSON2, PLAIN_JACKSON3);
  }

  /** The library's own failure from inside a creator, or a JsonInputException for the JSON layer's. */
  static RuntimeException translate(Exception e, String path, @Nullable String message) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GongkaiException) {
        return (GongkaiException) t;
      }
    }
    return new JsonInputException(path, null, "must be well-formed JSON: " + message, e);
  }

  private static final class Jackson2 implements DocumentCodec {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final boolean strict;

    Jackson2(boolean strict) {
      this.strict = strict;
      this.mapper = strict
          ? com.fasterxml.jackson.databind.json.JsonMapper.builder()
              .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .build()
          : new com.fasterxml.jackson.databind.ObjectMapper();
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      try {
        return mapper.readValue(json, type);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw translate(e, "$", e.getOriginalMessage());
      }
    }

    @Override
    public String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String writePretty(Object value) {
      try {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return strict ? "Jackson 2 (strict)" : "Jackson 2 (plain)";
    }
  }

  private static final class Jackson3 implements DocumentCodec {
    private final tools.jackson.databind.ObjectMapper mapper;
    private final boolean strict;

    Jackson3(boolean strict) {
      this.strict = strict;
      this.mapper = strict
          ? tools.jackson.databind.json.JsonMapper.builder()
              .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
          : new tools.jackson.databind.ObjectMapper();
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      try {
        return mapper.readValue(json, type);
      } catch (tools.jackson.core.JacksonException e) {
        throw translate(e, "$", e.getOriginalMessage());
      }
    }

    @Override
    public String write(Object value) {
      return mapper.writeValueAsString(value);
    }

    @Override
    public String writePretty(Object value) {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    @Override
    public String toString() {
      return strict ? "Jackson 3 (strict)" : "Jackson 3 (plain)";
    }
  }
}

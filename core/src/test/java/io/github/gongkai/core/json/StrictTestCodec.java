package io.github.gongkai.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * A strict {@link DocumentCodec} over a plain Jackson 2 mapper, for testing {@link JsonLinesReader}
 * without the gongkai Jackson modules: unknown fields, duplicate keys, trailing content and
 * impossible dates are refused as {@link JsonInputException} with the JSON path.
 */
final class StrictTestCodec implements DocumentCodec {
  static final StrictTestCodec INSTANCE = new StrictTestCodec();

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  @Override
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          path.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      throw new JsonInputException(path.toString(), null, "cannot be read (" + e.getOriginalMessage() + ")", e);
    } catch (JsonProcessingException e) {
      throw new JsonInputException("$", null, "must be well-formed JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;

/**
 * The strict JSON codec the {@code report} commands read documents with: duplicate keys and content
 * after the document are refused. To be replaced by {@code gongkai-jackson2}'s codec.
 */
final class ReportCodec implements DocumentCodec {
  static final ReportCodec INSTANCE = new ReportCodec();

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private ReportCodec() {}

  @Override
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof GongkaiException) {
          throw (GongkaiException) t;
        }
      }
      String where = e.getLocation() == null
          ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new JsonInputException("$", null, "must be well-formed JSON: " + e.getOriginalMessage() + where, e);
    }
  }

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new GongkaiException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new GongkaiException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}

package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.json.AbstractCodecContract;
import io.github.gongkai.core.json.DocumentCodec;
import java.io.UncheckedIOException;

/** Core's JSON contract on Jackson 2; the plain mapper is set up as Spring Boot 3 does. */
class Jackson2CodecTest extends AbstractCodecContract {
  /** Modules found by ServiceLoader; unknown properties allowed, as Spring Boot configures it. */
  static final JsonMapper PLAIN =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  protected <T> T plainRead(String json, Class<T> type) {
    try {
      return PLAIN.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  protected String plainWrite(Object value) {
    try {
      return PLAIN.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

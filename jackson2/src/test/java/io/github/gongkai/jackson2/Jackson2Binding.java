package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonBinding;
import java.io.UncheckedIOException;

/** Jackson 2 for the JSON contracts; the plain mapper is set up as Spring Boot 3 does. */
final class Jackson2Binding implements JsonBinding {
  static final Jackson2Binding INSTANCE = new Jackson2Binding();

  /** Modules found by ServiceLoader; unknown properties allowed, as Spring Boot configures it. */
  private static final JsonMapper PLAIN =
      JsonMapper.builder().findAndAddModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Jackson2Binding() {}

  @Override
  public DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  public <T> T plainRead(String json, Class<T> type) {
    try {
      return PLAIN.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  public String plainWrite(Object value) {
    try {
      return PLAIN.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

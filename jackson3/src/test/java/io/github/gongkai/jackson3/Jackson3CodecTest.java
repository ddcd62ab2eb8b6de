package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.AbstractCodecContract;
import io.github.gongkai.core.json.DocumentCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Core's JSON contract on Jackson 3; the plain mapper is Jackson 3's defaults (which ignore
 * unknown properties, as Spring Boot 4 does) with the module found by ServiceLoader.
 */
class Jackson3CodecTest extends AbstractCodecContract {
  static final JsonMapper PLAIN = JsonMapper.builder().findAndAddModules().build();

  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  protected <T> T plainRead(String json, Class<T> type) {
    try {
      return PLAIN.readValue(json, type);
    } catch (JacksonException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  protected String plainWrite(Object value) {
    return PLAIN.writeValueAsString(value);
  }
}

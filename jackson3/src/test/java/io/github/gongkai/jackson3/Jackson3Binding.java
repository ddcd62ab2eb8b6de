package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonBinding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 for the JSON contracts; the plain mapper is Jackson 3's defaults (which ignore unknown
 * properties, as Spring Boot 4 does) with the module found by ServiceLoader.
 */
final class Jackson3Binding implements JsonBinding {
  static final Jackson3Binding INSTANCE = new Jackson3Binding();

  private static final JsonMapper PLAIN = JsonMapper.builder().findAndAddModules().build();

  private Jackson3Binding() {}

  @Override
  public DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  public <T> T plainRead(String json, Class<T> type) {
    try {
      return PLAIN.readValue(json, type);
    } catch (JacksonException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  public String plainWrite(Object value) {
    return PLAIN.writeValueAsString(value);
  }

  @Override
  public Object tree(String json) {
    return PLAIN.readTree(json);
  }
}

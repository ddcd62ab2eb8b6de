package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.rules.decision.AbstractRulesCodecContract;
import tools.jackson.core.JacksonException;

class Jackson3RulesCodecTest extends AbstractRulesCodecContract {
  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  protected <T> T plainRead(String json, Class<T> type) {
    try {
      return Jackson3CodecTest.PLAIN.readValue(json, type);
    } catch (JacksonException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  protected String plainWrite(Object value) {
    return Jackson3CodecTest.PLAIN.writeValueAsString(value);
  }

  @Override
  protected Object tree(String json) {
    return Jackson3CodecTest.PLAIN.readTree(json);
  }
}

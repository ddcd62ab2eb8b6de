package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.rules.decision.AbstractRulesCodecContract;
import java.io.UncheckedIOException;

class Jackson2RulesCodecTest extends AbstractRulesCodecContract {
  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }

  @Override
  protected <T> T plainRead(String json, Class<T> type) {
    try {
      return Jackson2CodecTest.PLAIN.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw GongkaiJson.translate(e);
    }
  }

  @Override
  protected String plainWrite(Object value) {
    try {
      return Jackson2CodecTest.PLAIN.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Object tree(String json) {
    try {
      return Jackson2CodecTest.PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

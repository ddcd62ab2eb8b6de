package io.github.gongkai.jackson2;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.core.json.AbstractCodecContract;

/** Core's JSON contract on Jackson 2. */
class Jackson2CodecTest extends AbstractCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson2Binding.INSTANCE;
  }
}

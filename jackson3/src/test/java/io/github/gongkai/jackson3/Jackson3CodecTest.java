package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.core.json.AbstractCodecContract;

/** Core's JSON contract on Jackson 3. */
class Jackson3CodecTest extends AbstractCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson3Binding.INSTANCE;
  }
}

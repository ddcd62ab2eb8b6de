package io.github.gongkai.jackson2;

import io.github.gongkai.core.json.AbstractRoundTripContract;
import io.github.gongkai.core.json.DocumentCodec;

class Jackson2RoundTripTest extends AbstractRoundTripContract {
  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }
}

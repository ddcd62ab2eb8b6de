package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.AbstractRoundTripContract;
import io.github.gongkai.core.json.DocumentCodec;

class Jackson3RoundTripTest extends AbstractRoundTripContract {
  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }
}

package io.github.gongkai.jackson2;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.rules.publication.AbstractPublicationCodecContract;

/** The publication documents' JSON contract on Jackson 2. */
class Jackson2PublicationCodecTest extends AbstractPublicationCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson2Binding.INSTANCE;
  }
}

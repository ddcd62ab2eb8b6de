package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.rules.publication.AbstractPublicationCodecContract;

/** The publication documents' JSON contract on Jackson 3. */
class Jackson3PublicationCodecTest extends AbstractPublicationCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson3Binding.INSTANCE;
  }
}

package io.github.gongkai.jackson2;

import io.github.gongkai.core.catalogue.AbstractCatalogueCodecContract;
import io.github.gongkai.core.json.JsonBinding;

/** The catalogue and guide documents' JSON contract on Jackson 2. */
class Jackson2CatalogueCodecTest extends AbstractCatalogueCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson2Binding.INSTANCE;
  }
}

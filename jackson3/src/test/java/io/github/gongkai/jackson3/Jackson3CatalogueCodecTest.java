package io.github.gongkai.jackson3;

import io.github.gongkai.core.catalogue.AbstractCatalogueCodecContract;
import io.github.gongkai.core.json.JsonBinding;

/** The catalogue and guide documents' JSON contract on Jackson 3. */
class Jackson3CatalogueCodecTest extends AbstractCatalogueCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson3Binding.INSTANCE;
  }
}

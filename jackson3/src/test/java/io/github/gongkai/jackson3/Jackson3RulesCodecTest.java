package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.rules.decision.AbstractRulesCodecContract;

/** The rules' JSON contract on Jackson 3. */
class Jackson3RulesCodecTest extends AbstractRulesCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson3Binding.INSTANCE;
  }
}

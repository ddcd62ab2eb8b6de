package io.github.gongkai.jackson2;

import io.github.gongkai.core.json.JsonBinding;
import io.github.gongkai.rules.decision.AbstractRulesCodecContract;

/** The rules' JSON contract on Jackson 2. */
class Jackson2RulesCodecTest extends AbstractRulesCodecContract {
  @Override
  protected JsonBinding binding() {
    return Jackson2Binding.INSTANCE;
  }
}

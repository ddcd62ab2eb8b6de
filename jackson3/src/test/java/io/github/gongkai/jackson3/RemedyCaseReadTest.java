package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.AbstractRemedyCaseReadContract;
import io.github.gongkai.core.json.DocumentCodec;

/** The remedy-case contract on this module's strict codec. */
class RemedyCaseReadTest extends AbstractRemedyCaseReadContract {
  @Override
  protected DocumentCodec codec() {
    return GongkaiJson.codec();
  }
}

package io.github.gongkai.jackson3;

import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a {@link RemedyCase}: a {@link LitigationCase} when the object has a top-level {@code
 * "route"} field, else a {@link ReviewCase} (as the published remedy-case schema says). The object
 * is buffered once (duplicate keys are refused while it is copied) and then read strictly as the
 * chosen type.
 */
final class RemedyCaseDeserializer extends StdDeserializer<RemedyCase> {
  static final RemedyCaseDeserializer INSTANCE = new RemedyCaseDeserializer();

  private RemedyCaseDeserializer() {
    super(RemedyCase.class);
  }

  @Override
  public RemedyCase deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (!p.isExpectedStartObjectToken()) {
      return (RemedyCase) ctxt.handleUnexpectedToken(RemedyCase.class, p);
    }
    TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
    boolean route = false;
    try (JsonParser scan = copy.asParser(ctxt)) {
      scan.nextToken();
      for (JsonToken t = scan.nextToken(); t == JsonToken.PROPERTY_NAME; t = scan.nextToken()) {
        if ("route".equals(scan.currentName())) {
          route = true;
          break;
        }
        scan.nextToken();
        scan.skipChildren();
      }
    }
    Class<? extends RemedyCase> kind = route ? LitigationCase.class : ReviewCase.class;
    try (JsonParser read = copy.asParserOnFirstToken(ctxt)) {
      return ctxt.readValue(read, kind);
    }
  }
}

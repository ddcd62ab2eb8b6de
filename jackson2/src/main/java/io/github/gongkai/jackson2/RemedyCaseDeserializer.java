package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import java.io.IOException;

/**
 * Reads a {@link RemedyCase}: a {@link LitigationCase} when the object has a top-level {@code
 * "route"} field, else a {@link ReviewCase} (as the published remedy-case schema says). The object
 * is buffered once (duplicate keys are refused while it is copied) and then read strictly as the
 * chosen type.
 */
final class RemedyCaseDeserializer extends StdDeserializer<RemedyCase> {
  private static final long serialVersionUID = 1L;

  static final RemedyCaseDeserializer INSTANCE = new RemedyCaseDeserializer();

  private RemedyCaseDeserializer() {
    super(RemedyCase.class);
  }

  @Override
  public RemedyCase deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (RemedyCase) ctxt.handleUnexpectedToken(RemedyCase.class, p);
    }
    TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
    boolean route = false;
    try (JsonParser scan = copy.asParser(p.getCodec())) {
      scan.nextToken();
      for (JsonToken t = scan.nextToken(); t == JsonToken.FIELD_NAME; t = scan.nextToken()) {
        if ("route".equals(scan.currentName())) {
          route = true;
          break;
        }
        scan.nextToken();
        scan.skipChildren();
      }
    }
    Class<? extends RemedyCase> kind = route ? LitigationCase.class : ReviewCase.class;
    try (JsonParser read = copy.asParserOnFirstToken()) {
      return ctxt.readValue(read, kind);
    }
  }
}

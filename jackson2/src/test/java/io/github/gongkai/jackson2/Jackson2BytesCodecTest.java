package io.github.gongkai.jackson2;

import io.github.gongkai.core.json.DocumentCodec;
import java.nio.charset.StandardCharsets;

/**
 * The whole JSON contract again, every document read from UTF-8 bytes — the way JSON Lines are
 * read — so the byte path refuses and names exactly what the text path does.
 */
class Jackson2BytesCodecTest extends Jackson2CodecTest {
  private static final DocumentCodec BYTES = new DocumentCodec() {
    @Override
    public <T> T read(String json, Class<T> type) {
      byte[] utf8 = ("[" + json + "]").getBytes(StandardCharsets.UTF_8);
      return GongkaiJson.codec().read(utf8, 1, utf8.length - 2, type);
    }

    @Override
    public String write(Object value) {
      return GongkaiJson.codec().write(value);
    }

    @Override
    public String writePretty(Object value) {
      return GongkaiJson.codec().writePretty(value);
    }
  };

  @Override
  protected DocumentCodec codec() {
    return BYTES;
  }
}

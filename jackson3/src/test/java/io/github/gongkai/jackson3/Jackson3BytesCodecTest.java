package io.github.gongkai.jackson3;

import io.github.gongkai.core.json.AbstractCodecContract;
import io.github.gongkai.core.json.DocumentCodec;

/**
 * The whole JSON contract again, every document read from UTF-8 bytes — the way JSON Lines are
 * read — so the byte path refuses and names exactly what the text path does.
 */
class Jackson3BytesCodecTest extends Jackson3CodecTest {
  private static final DocumentCodec BYTES = AbstractCodecContract.readingBytes(GongkaiJson.codec());

  @Override
  protected DocumentCodec codec() {
    return BYTES;
  }
}

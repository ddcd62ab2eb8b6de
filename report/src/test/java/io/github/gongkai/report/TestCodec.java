package io.github.gongkai.report;

import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.GongkaiJson;

/** The codec the report tests read and write records with (core's mapper until the Jackson modules provide one). */
public final class TestCodec implements DocumentCodec {
  /** The instance. */
  public static final DocumentCodec INSTANCE = new TestCodec();

  private TestCodec() {}

  @Override
  public <T> T read(String json, Class<T> type) {
    return GongkaiJson.read(json, type);
  }

  @Override
  public String write(Object value) {
    return GongkaiJson.write(value);
  }

  @Override
  public String writePretty(Object value) {
    return GongkaiJson.writePretty(value);
  }
}

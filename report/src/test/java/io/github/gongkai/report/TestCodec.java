package io.github.gongkai.report;

import io.github.gongkai.core.json.DocumentCodec;

/** The strict Jackson 2 test codec of {@link TestCodecs}, under the name the intake tests use. */
public final class TestCodec implements DocumentCodec {
  @Override
  public <T> T read(String json, Class<T> type) {
    return TestCodecs.JACKSON2.read(json, type);
  }

  @Override
  public String write(Object value) {
    return TestCodecs.JACKSON2.write(value);
  }

  @Override
  public String writePretty(Object value) {
    return TestCodecs.JACKSON2.writePretty(value);
  }
}

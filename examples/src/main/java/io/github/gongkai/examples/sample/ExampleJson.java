package io.github.gongkai.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.GongkaiJson;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one codec the command-line tool and the sample agency read and write documents with. For
 * {@link RemedyCase} it reads a {@link LitigationCase} when the document has a {@code "route"}
 * field, else a {@link ReviewCase}.
 */
public final class ExampleJson {
  private static final ObjectMapper MAPPER = GongkaiJson.newMapper();

  private static final DocumentCodec CODEC = new DocumentCodec() {
    @Override
    public <T> T read(String json, Class<T> type) {
      if (type == RemedyCase.class) {
        Class<? extends RemedyCase> kind = json.contains("\"route\"") ? LitigationCase.class : ReviewCase.class;
        return type.cast(GongkaiJson.read(json, kind));
      }
      return GongkaiJson.read(json, type);
    }

    @Override
    public <T> T read(byte[] utf8, int offset, int length, Class<T> type) {
      if (type == RemedyCase.class) {
        return DocumentCodec.super.read(utf8, offset, length, type);
      }
      try {
        return MAPPER.readValue(utf8, offset, length, type);
      } catch (JsonProcessingException e) {
        throw GongkaiJson.translate(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String write(Object value) {
      return GongkaiJson.write(value);
    }

    @Override
    public String writePretty(Object value) {
      return GongkaiJson.writePretty(value);
    }
  };

  private ExampleJson() {}

  /**
   * The codec.
   *
   * @return the codec, thread-safe
   */
  public static DocumentCodec codec() {
    return CODEC;
  }
}

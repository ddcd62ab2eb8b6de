package io.github.gongkai.examples.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one codec the command-line tool and the sample agency read and write documents with: core's
 * mapper, plus Blackbird (generated accessors instead of reflection) and a strict, fast reader of
 * {@code yyyy-MM-dd} dates (a number, or an impossible date such as 2024-02-30, is refused). For
 * {@link RemedyCase} it reads a {@link LitigationCase} when the document has a {@code "route"}
 * field, else a {@link ReviewCase}.
 */
public final class ExampleJson {
  private static final ObjectMapper MAPPER = GongkaiJson.newMapper()
      .registerModule(new BlackbirdModule())
      .registerModule(new SimpleModule("gongkai-example-dates").addDeserializer(LocalDate.class, new IsoDate()));

  private static final DocumentCodec CODEC = new DocumentCodec() {
    @Override
    public <T> T read(String json, Class<T> type) {
      Class<?> kind = type;
      if (type == RemedyCase.class) {
        kind = json.contains("\"route\"") ? LitigationCase.class : ReviewCase.class;
      }
      try {
        return type.cast(MAPPER.readValue(json, kind));
      } catch (JsonProcessingException e) {
        throw GongkaiJson.translate(e);
      }
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

  /** Reads exactly {@code yyyy-MM-dd} strings as dates; anything else is refused. */
  static final class IsoDate extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String s = p.getText();
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y >= 0 && m >= 0 && d >= 0) {
          try {
            return LocalDate.of(y, m, d);
          } catch (DateTimeException e) {
            // an impossible date: refused below
          }
        }
      }
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "must be a date yyyy-MM-dd");
    }

    private static int digits(String s, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}

package io.github.gongkai.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.gongkai.core.json.AbstractCodecContract;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.request.InformationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared codec reads request records through {@link PlainRequestReader} first; this checks,
 * differentially, that its answer is always data binding's own: the same request for a valid
 * document, the same exception and message for an invalid one. Each golden request is changed in
 * every field (removed, repeated, renamed, given another value of every JSON kind), cut at every
 * length, given trailing content, its events reordered inside — and each variant read by both.
 */
class PlainRequestReaderTest {
  /** The codec with the plain reader. */
  private static final DocumentCodec FAST = GongkaiJson.codec();
  /** The same configuration through data binding only (a mapper of one's own has no plain reader). */
  private static final DocumentCodec BINDING = GongkaiJson.codec(GongkaiJson.newMapper());

  private static final List<String> VALUES =
      List.of("null", "1", "-1", "0", "1.5", "2147483648", "1e2", "\"x\"", "\"\"", "\" \"", "true", "{}", "[]",
          "[null]", "[1]", "[\"x\"]", "[{}]", "\"2024-02-30\"", "\"2024-2-3\"", "\"2024-03-01\"", "\"released\"",
          "\"natural-person\"", "\"11010519491231002X\"", "{\"type\":\"received\",\"date\":\"2024-03-01\"}",
          "2000.001", "\"2000.00\"", "99", "01", "00", "-0", "0.5", "2e3", "2E3", "1.", ".5", "+1", "1.50",
          "123456789", "1234567890", "\"a\\\"b\"", "\"\\u0041\"", "\"\\u5f20\"", "\"\uFFFD\"", "\"\u0001\"",
          "\"\u007f\"", "\"张\"", "\"😀\"", " \"x\" ", "\"2024-03-01 \"", "\"2024-03-1\"", "\"20240301\"",
          "\"0000-01-01\"", "\"2024-13-01\"", "\"2024-00-10\"", "\"2023-02-29\"", "\"2024-02-29\"", "\"１\"",
          "nul", "tru", "\"x", "[1,]", "{\"a\":1}", "[\"x\",]");

  private static final List<String> GOLDEN = List.of("request-v1-full.json", "request-v1-minimal.json");

  @Test
  void aGoldenRequestIsReadPlainAndEqualsTheBoundOne() {
    for (String name : GOLDEN) {
      goldenReadPlain(name);
    }
  }

  private static void goldenReadPlain(String name) {
    String line = compact(name);
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    InformationRequest plain = PlainRequestReader.read(utf8, 0, utf8.length);
    assertThat(plain).isNotNull();
    InformationRequest bound = BINDING.read(line, InformationRequest.class);
    assertThat(plain).isEqualTo(bound);
    assertThat(FAST.write(plain)).isEqualTo(BINDING.write(bound));
    assertThat(plain.getEvents()).hasSize(bound.getEvents().size());
  }

  @Test
  void notesAndAnOverrideAreReadPlainToo() {
    String line = compact("request-v1-full.json")
        .replace("\"date\":\"2024-03-01\"}", "\"date\":\"2024-03-01\",\"note\":\"收到 1号\"}")
        .replace("\"delivery\":\"email\",", "\"delivery\":\"email\",\"regimeOverride\":\"2019\",");
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    InformationRequest plain = PlainRequestReader.read(utf8, 0, utf8.length);
    assertThat(plain).isNotNull().isEqualTo(BINDING.read(line, InformationRequest.class));
    assertThat(plain.getEvents().get(0).getNote()).isEqualTo("收到 1号");
  }

  @Test
  void aRepeatedKnownFieldIsLeftToDataBinding() {
    String line = compact("request-v1-minimal.json").replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"schemaVersion\":1,");
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    assertThat(PlainRequestReader.read(utf8, 0, utf8.length)).isNull();
    assertThat(outcome(FAST, line)).startsWith("refused").contains("$.schemaVersion");
  }

  @Test
  void everyVariantGetsDataBindingsAnswer() throws IOException {
    for (String name : GOLDEN) {
      variantsGetDataBindingsAnswer(name);
    }
  }

  private static void variantsGetDataBindingsAnswer(String name) throws IOException {
    String line = compact(name);
    Set<String> variants = variants(line);
    int accepted = 0;
    for (String v : variants) {
      String expected = outcome(BINDING, v);
      assertThat(outcome(FAST, v)).as(v).isEqualTo(expected);
      if (expected.startsWith("read")) {
        accepted++;
      }
    }
    // the variants include valid documents as well as refused ones
    assertThat(accepted).isPositive();
    assertThat(variants.size() - accepted).isGreaterThan(variants.size() / 2);
  }

  private static String compact(String name) {
    return BINDING.write(BINDING.read(AbstractCodecContract.resource(name), InformationRequest.class));
  }

  @Test
  void bytesThatAreNotPlainUtf8OrJsonGetDataBindingsAnswer() {
    byte[] line = compact("request-v1-full.json").getBytes(StandardCharsets.UTF_8);
    byte[][] inserts = {
      {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE5},
      {(byte) 0x80}, {0}, {0x1F}, {0x7F}, {'\\'}, {'\r'}, {'\t'}, {'\n'}, {' '}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
    };
    int checked = 0;
    for (int at = 0; at <= line.length; at += 7) {
      for (byte[] insert : inserts) {
        byte[] v = new byte[line.length + insert.length];
        System.arraycopy(line, 0, v, 0, at);
        System.arraycopy(insert, 0, v, at, insert.length);
        System.arraycopy(line, at, v, at + insert.length, line.length - at);
        assertThat(outcome(FAST, v)).as("insert at %d", at).isEqualTo(outcome(BINDING, v));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void aDocumentWithWhiteSpaceEverywhereIsReadAlike() {
    String pretty = AbstractCodecContract.resource("request-v1-full.json");
    byte[] utf8 = pretty.getBytes(StandardCharsets.UTF_8);
    assertThat(PlainRequestReader.read(utf8, 0, utf8.length)).isNotNull();
    assertThat(outcome(FAST, pretty)).isEqualTo(outcome(BINDING, pretty)).startsWith("read");
    String crlf = pretty.replace("\n", "\r\n").replace(" : ", "\t:\t");
    assertThat(outcome(FAST, crlf)).isEqualTo(outcome(BINDING, crlf)).startsWith("read");
  }

  private static String outcome(DocumentCodec codec, byte[] utf8) {
    try {
      InformationRequest r = codec.read(utf8, 0, utf8.length, InformationRequest.class);
      return "read " + BINDING.write(r) + " " + r.hashCode();
    } catch (RuntimeException e) {
      return "refused " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** What a codec makes of a line read as bytes: the request written again, or the refusal. */
  private static String outcome(DocumentCodec codec, String line) {
    byte[] utf8 = ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      InformationRequest r = codec.read(utf8, 1, utf8.length - 2, InformationRequest.class);
      return "read " + BINDING.write(r) + " " + r.hashCode();
    } catch (RuntimeException e) {
      return "refused " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The variants of a compact document: each field and value changed, and the text cut. */
  private static Set<String> variants(String line) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < line.length(); i++) {
      out.add(line.substring(0, i));
    }
    out.add(line + "x");
    out.add(line + "{}");
    out.add(line + " ");
    out.add(" " + line);
    out.add(line + line);
    for (int[] f : fields(line)) {
      int nameStart = f[0];
      int valueStart = f[1];
      int end = f[2];
      String field = line.substring(nameStart, end);
      String before = line.substring(0, nameStart);
      String after = line.substring(end);
      for (String value : VALUES) {
        out.add(line.substring(0, valueStart) + value + after);
      }
      out.add(before + field + "," + field + after);
      out.add(before + "\"x" + line.substring(nameStart + 1));
      out.add(line.substring(0, valueStart - 2) + "s" + line.substring(valueStart - 2));
      if (after.startsWith(",")) {
        out.add(before + after.substring(1));
        out.add(before + after.substring(1).replaceFirst("}", "," + field + "}"));
      } else if (before.endsWith(",")) {
        out.add(before.substring(0, before.length() - 1) + after);
      }
    }
    return out;
  }

  /** Each field of the document: where its name starts, where its value starts and where it ends. */
  private static List<int[]> fields(String line) throws IOException {
    List<int[]> fields = new ArrayList<>();
    try (JsonParser p = GongkaiJson.newMapper().createParser(line)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          int nameStart = (int) p.currentTokenLocation().getCharOffset();
          p.nextToken();
          int valueStart = (int) p.currentTokenLocation().getCharOffset();
          if (p.currentToken().isStructStart()) {
            p.skipChildren();
          } else {
            p.getText(); // the whole value read, so that the location is after it
          }
          int end = (int) p.currentLocation().getCharOffset();
          fields.add(new int[] {nameStart, valueStart, end});
        }
      }
    }
    return fields;
  }
}

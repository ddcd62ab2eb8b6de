package io.github.gongkai.core.json;

/**
 * Reads and writes gongkai documents as JSON text, independently of the JSON library behind it.
 *
 * <p>gongkai's model carries only annotations; the databind integration lives in {@code
 * gongkai-jackson2} (Jackson 2.x) and {@code gongkai-jackson3} (Jackson 3.x), each of which provides
 * a strict codec ({@code io.github.gongkai.jackson2.GongkaiJson.codec()}, {@code
 * io.github.gongkai.jackson3.GongkaiJson.codec()}). Code that only moves documents in and out, such
 * as {@code JsonLinesReader}, takes a codec and so works with either.
 *
 * <p>A strict codec refuses unknown fields, duplicate keys, trailing content, wrong types,
 * impossible dates and explicit nulls for required values, and reports each as a {@link
 * JsonInputException} naming the JSON path. Implementations are immutable and thread-safe.
 */
public interface DocumentCodec {
  /**
   * Reads one document.
   *
   * @param <T> the document type
   * @param json the JSON text holding exactly one document; not null
   * @param type the document type, e.g. {@code InformationRequest.class}; not null
   * @return the document, never null
   * @throws JsonInputException if the text is not one well-formed document of {@code type}
   */
  <T> T read(String json, Class<T> type);

  /**
   * Reads one document from UTF-8 bytes — what {@link JsonLinesReader} hands over for each line. The
   * default decodes the bytes (refusing bytes that are not UTF-8) and calls {@link #read(String,
   * Class)}; a codec whose library parses UTF-8 directly should override it, which saves decoding
   * every line into a string.
   *
   * @param <T> the document type
   * @param utf8 the bytes; not null, not changed
   * @param offset where the document starts
   * @param length how many bytes it has
   * @param type the document type; not null
   * @return the document, never null
   * @throws JsonInputException if the bytes are not UTF-8 text holding exactly one well-formed
   *     document of {@code type}
   */
  default <T> T read(byte[] utf8, int offset, int length, Class<T> type) {
    String json = new String(utf8, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    if (json.indexOf('\uFFFD') >= 0) {
      try {
        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(utf8, offset, length));
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new JsonInputException("$", null, "must be UTF-8 text (a malformed byte sequence)", e);
      }
    }
    return read(json, type);
  }

  /**
   * Writes one document as compact JSON on a single line.
   *
   * @param value the document; not null
   * @return the JSON text, without a line break
   */
  String write(Object value);

  /**
   * Writes one document as indented JSON.
   *
   * @param value the document; not null
   * @return the JSON text
   */
  String writePretty(Object value);
}

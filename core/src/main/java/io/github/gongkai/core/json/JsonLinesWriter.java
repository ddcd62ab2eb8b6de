package io.github.gongkai.core.json;

import io.github.gongkai.core.InvalidValueException;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes JSON Lines: each document as compact JSON through a {@link DocumentCodec}, followed by a
 * line break — the format {@link JsonLinesReader} reads. Not thread-safe; the writer it wraps is
 * flushed by {@link #flush()} and never closed.
 *
 * <pre>{@code
 * JsonLinesWriter.writeAll(codec, requests, Files.newBufferedWriter(path));
 * }</pre>
 */
public final class JsonLinesWriter implements Flushable {
  private final DocumentCodec codec;
  private final Writer out;
  private long written;

  /**
   * A writer of documents to {@code out}.
   *
   * @param codec the codec; not null
   * @param out where to write (UTF-8 for files); not null
   */
  public JsonLinesWriter(DocumentCodec codec, Writer out) {
    this.codec = InvalidValueException.requireNonNull(codec, "codec");
    this.out = InvalidValueException.requireNonNull(out, "out");
  }

  /**
   * Writes every value, one line each, and flushes.
   *
   * @param codec the codec; not null
   * @param values the documents; not null
   * @param out where to write; not closed
   * @return the number of lines written
   * @throws UncheckedIOException if writing fails
   */
  public static long writeAll(DocumentCodec codec, Iterable<?> values, Writer out) {
    InvalidValueException.requireNonNull(values, "values");
    JsonLinesWriter w = new JsonLinesWriter(codec, out);
    for (Object v : values) {
      w.write(InvalidValueException.requireNonNull(v, "values[]"));
    }
    w.flush();
    return w.getWritten();
  }

  /**
   * Writes one document as one line.
   *
   * @param value the document; not null
   * @throws UncheckedIOException if writing fails
   * @throws InvalidValueException if the codec wrote a line break inside the document
   */
  public void write(Object value) {
    InvalidValueException.requireNonNull(value, "value");
    String json = codec.write(value);
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new InvalidValueException(
          "codec", codec.getClass().getName(), "must write a document on a single line");
    }
    try {
      out.write(json);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON Lines: " + e.getMessage(), e);
    }
    written++;
  }

  /**
   * Documents written so far.
   *
   * @return the count
   */
  public long getWritten() {
    return written;
  }

  /**
   * Flushes the underlying writer.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON Lines: " + e.getMessage(), e);
    }
  }
}

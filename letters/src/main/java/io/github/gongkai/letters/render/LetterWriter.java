package io.github.gongkai.letters.render;

import io.github.gongkai.letters.Letter;
import java.io.OutputStream;

/** Writes a letter in one format. Implementations are immutable and thread-safe. */
public interface LetterWriter {
  /**
   * Writes the letter. The stream is flushed, not closed.
   *
   * @param letter the letter
   * @param out where to write
   * @throws io.github.gongkai.core.GongkaiException when the stream cannot be written
   */
  void write(Letter letter, OutputStream out);

  /**
   * The format written.
   *
   * @return the format
   */
  LetterFormat format();
}

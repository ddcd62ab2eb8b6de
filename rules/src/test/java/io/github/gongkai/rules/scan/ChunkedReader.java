package io.github.gongkai.rules.scan;

import java.io.Reader;
import java.util.Random;
import java.util.function.IntSupplier;

/** Hands a string out in chunks: of a fixed size, or of random sizes from a seed. */
final class ChunkedReader extends Reader {
  private final String s;
  private final IntSupplier chunks;
  private int pos;

  private ChunkedReader(String s, IntSupplier chunks) {
    this.s = s;
    this.chunks = chunks;
  }

  /** At most {@code chunk} chars per read. */
  static ChunkedReader fixed(String s, int chunk) {
    return new ChunkedReader(s, () -> chunk);
  }

  /** Between 1 and 9000 chars per read, sizes drawn from {@code seed}. */
  static ChunkedReader random(String s, long seed) {
    Random rnd = new Random(seed);
    return new ChunkedReader(s, () -> 1 + rnd.nextInt(9000));
  }

  @Override
  public int read(char[] b, int off, int len) {
    if (pos >= s.length()) {
      return -1;
    }
    int n = Math.min(Math.min(len, chunks.getAsInt()), s.length() - pos);
    s.getChars(pos, pos + n, b, off);
    pos += n;
    return n;
  }

  @Override
  public void close() {}
}

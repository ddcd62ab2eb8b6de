package io.github.gongkai.rules.scan;

import java.io.IOException;

/**
 * A source that drops format characters (Unicode category Cf: U+00AD soft hyphen, U+200B–U+200F,
 * U+2060–U+2064, U+FEFF …) so that they cannot hide an identifier from the scanner ({@code
 * 138\u200b1234 5678}), and maps positions in the filtered text back to the input's.
 *
 * <p>At most {@link #MAX_HIDDEN} format characters are dropped between two kept characters; further
 * ones in the same run are kept and then separate like any other punctuation, which bounds the
 * position map to {@code MAX_HIDDEN} entries per kept character. Entries more than {@link #HORIZON}
 * kept characters behind the last one read are folded into a count: the scanner never reports a
 * finding that far back. Work is linear in the input.
 */
final class FormatFilter implements ScanRun.Source {
  /** Format characters dropped in one run between two kept characters. */
  static final int MAX_HIDDEN = 8;
  /** Kept characters behind the newest one whose dropped neighbours are remembered. */
  static final long HORIZON = 2L * ScanRun.BUF;

  private static final boolean[] FORMAT = new boolean[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      FORMAT[c] = Character.getType(c) == Character.FORMAT;
    }
  }

  private final ScanRun.Source in;
  /** Kept characters so far (the filtered position of the next one). */
  private long kept;
  /** Format characters dropped right before the next kept character. */
  private int hiddenHere;
  /** Dropped characters no longer in the map, all before {@code floor}. */
  private long dropped;
  /** Dropped characters in the map: each lies right before the kept character at {@code idx}. */
  private long[] idx = new long[64];

  private char[] ch = new char[64];
  private int head;
  private int size;

  FormatFilter(ScanRun.Source in) {
    this.in = in;
  }

  @Override
  public int read(char[] b, int off, int len) throws IOException {
    while (true) {
      int n = in.read(b, off, len);
      if (n < 0) {
        return -1;
      }
      int end = off + n;
      // fast path: look for a format character; most text has none
      int k = off;
      while (k < end && (b[k] < 0xAD || !FORMAT[b[k]])) {
        k++;
      }
      if (k > off) {
        kept += k - off;
        hiddenHere = 0;
      }
      // compact the rest in place, dropping format characters
      int o = k;
      for (; k < end; k++) {
        char c = b[k];
        if (c >= 0xAD && FORMAT[c] && hiddenHere < MAX_HIDDEN) {
          record(kept, c);
          hiddenHere++;
        } else {
          b[o++] = c;
          kept++;
          hiddenHere = 0;
        }
      }
      if (o > off || n == 0) {
        prune();
        return o - off;
      }
    }
  }

  private void record(long at, char c) {
    if (size == idx.length) {
      long[] ni = new long[size * 2];
      char[] nc = new char[size * 2];
      for (int k = 0; k < size; k++) {
        ni[k] = idx[(head + k) % idx.length];
        nc[k] = ch[(head + k) % idx.length];
      }
      idx = ni;
      ch = nc;
      head = 0;
    }
    int slot = (head + size) % idx.length;
    idx[slot] = at;
    ch[slot] = c;
    size++;
  }

  private void prune() {
    long floor = kept - HORIZON;
    while (size > 0 && idx[head] < floor) {
      head = (head + 1) % idx.length;
      size--;
      dropped++;
    }
  }

  /** Whether nothing has been dropped so far: positions need no mapping. */
  boolean identity() {
    return dropped == 0 && size == 0;
  }

  /** Dropped characters in the map at an index {@code <= pos} (or {@code < pos}). */
  private int countBefore(long pos, boolean inclusive) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long v = idx[(head + mid) % idx.length];
      if (inclusive ? v <= pos : v < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The input position of the kept character at filtered position {@code f}. */
  long start(long f) {
    return f + dropped + countBefore(f, true);
  }

  /** The input position just after the kept character at filtered position {@code e - 1}. */
  long end(long e) {
    return e + dropped + countBefore(e, false);
  }

  /**
   * The input text of the kept characters {@code [s, e)}: those characters with the format
   * characters dropped between them put back.
   */
  String text(char[] buf, int from, long s, long e) {
    int k = countBefore(s, true);
    int last = countBefore(e, false);
    if (k == last) {
      return new String(buf, from, (int) (e - s));
    }
    StringBuilder sb = new StringBuilder((int) (e - s) + last - k);
    for (long p = s; p < e; p++) {
      while (k < last && idx[(head + k) % idx.length] == p) {
        sb.append(ch[(head + k) % idx.length]);
        k++;
      }
      sb.append(buf[from + (int) (p - s)]);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "FormatFilter{kept=" + kept + ", dropped=" + (dropped + size) + ", map=" + size + "}";
  }

  /** The size of the position map (for tests of its bound). */
  int mapSize() {
    return size;
  }
}

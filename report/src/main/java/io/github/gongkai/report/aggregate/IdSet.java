package io.github.gongkai.report.aggregate;

/**
 * A compact set of request ids for duplicate detection, holding a 64-bit hash of each id rather than
 * the id: 10 to 15 bytes per id (open addressing in 256 shards, each grown by half when 80% full, so
 * growing never copies more than one shard at a time). Two different ids share a hash with
 * probability about n²/2⁶⁵ — below one in 300 000 for 10 million ids — and would then be reported as
 * a duplicate. Not thread-safe.
 */
final class IdSet {
  private static final int SHARDS = 256;
  private static final int INITIAL = 64;

  private final long[][] tables = new long[SHARDS][];
  private final int[] sizes = new int[SHARDS];
  private long size;

  IdSet() {
    for (int i = 0; i < SHARDS; i++) {
      tables[i] = new long[INITIAL];
    }
  }

  /** A 64-bit hash of an id, never 0 (FNV-1a over the chars, then the MurmurHash3 finaliser). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Adds a hash.
   *
   * @param h a hash from {@link #hash(String)}
   * @return true if it was not in the set
   */
  boolean add(long h) {
    int shard = (int) (h >>> 56);
    long[] t = tables[shard];
    if (insert(t, h)) {
      size++;
      if (++sizes[shard] * 5L > t.length * 4L) {
        tables[shard] = grow(t);
      }
      return true;
    }
    return false;
  }

  long size() {
    return size;
  }

  /** Bytes held by the tables. */
  long bytes() {
    long n = 0;
    for (long[] t : tables) {
      n += 16L + 8L * t.length;
    }
    return n;
  }

  private static int slot(long h, int capacity) {
    return (int) (((h & 0xFFFFFFFFL) * capacity) >>> 32);
  }

  private static boolean insert(long[] t, long h) {
    int i = slot(h, t.length);
    while (true) {
      long v = t[i];
      if (v == 0) {
        t[i] = h;
        return true;
      }
      if (v == h) {
        return false;
      }
      if (++i == t.length) {
        i = 0;
      }
    }
  }

  private static long[] grow(long[] t) {
    long[] n = new long[t.length + t.length / 2];
    for (long v : t) {
      if (v != 0) {
        insert(n, v);
      }
    }
    return n;
  }
}

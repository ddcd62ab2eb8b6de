package io.github.gongkai.rules.decision;

import org.jspecify.annotations.Nullable;

/**
 * A small lock-free cache of decisions that carry no item-specific text, keyed by the long that
 * determines them. Open addressing over an array of immutable entries; racing writers may overwrite
 * each other or miss an entry, which only costs a rebuild of an equal decision. Entries are
 * immutable objects with final fields, so a reader that sees an entry sees it whole.
 */
final class SharedDecisions {
  private static final int SIZE = 1 << 12;
  private static final int PROBES = 8;

  private final @Nullable Entry[] table = new Entry[SIZE];

  private static final class Entry {
    final long key;
    final DisclosureDecision decision;

    Entry(long key, DisclosureDecision decision) {
      this.key = key;
      this.decision = decision;
    }
  }

  private static int index(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 52);
  }

  @Nullable DisclosureDecision get(long key) {
    int i = index(key);
    for (int p = 0; p < PROBES; p++) {
      Entry e = table[(i + p) & (SIZE - 1)];
      if (e == null) {
        return null;
      }
      if (e.key == key) {
        return e.decision;
      }
    }
    return null;
  }

  void put(long key, DisclosureDecision decision) {
    int i = index(key);
    for (int p = 0; p < PROBES; p++) {
      int j = (i + p) & (SIZE - 1);
      Entry e = table[j];
      if (e == null || e.key == key) {
        table[j] = new Entry(key, decision);
        return;
      }
    }
    // table region full: the decision is simply not shared
  }
}

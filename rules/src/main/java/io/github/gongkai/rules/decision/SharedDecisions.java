package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Regime;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded cache of decisions that carry no item-specific text, keyed by the evaluation state that
 * determines them. Racing writers only cost a rebuild of an equal decision; once full, further
 * decisions are simply not shared.
 */
final class SharedDecisions {
  private static final int MAX = 1 << 12;

  /**
   * The state a shared decision is built from. {@code fired} is the set of rules whose condition
   * held, as rule bits, and {@code withholding} the set of withholding grounds.
   */
  record Key(
      Regime regime,
      @Nullable DecisionRule gate,
      int fired,
      int withholding,
      boolean separable,
      boolean discretionApplies,
      DiscretionaryChoice choice,
      boolean choiceByDefault,
      boolean marked,
      boolean consented,
      @Nullable ExcessiveRequestFinding excessive) {}

  private final ConcurrentHashMap<Key, DisclosureDecision> table = new ConcurrentHashMap<>();

  @Nullable DisclosureDecision get(Key key) {
    return table.get(key);
  }

  void put(Key key, DisclosureDecision decision) {
    if (table.size() < MAX) {
      table.putIfAbsent(key, decision);
    }
  }
}

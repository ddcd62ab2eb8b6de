package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Regime;
import java.util.BitSet;
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
   * held and {@code withholds} the set of exemptions that withhold, both by place in the rule table.
   * A key looked up may still be changed by its evaluation's owner; the key stored is a {@link
   * #copy()}.
   */
  record Key(
      Regime regime,
      @Nullable DecisionRule gate,
      BitSet fired,
      BitSet withholds,
      boolean discretionApplies,
      DiscretionaryChoice choice,
      boolean choiceByDefault,
      boolean marked,
      boolean consented,
      @Nullable ExcessiveRequestFinding excessive) {

    /** A copy that owns its sets. */
    Key copy() {
      return new Key(
          regime,
          gate,
          (BitSet) fired.clone(),
          (BitSet) withholds.clone(),
          discretionApplies,
          choice,
          choiceByDefault,
          marked,
          consented,
          excessive);
    }
  }

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

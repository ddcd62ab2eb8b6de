package io.github.gongkai.rules.decision;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the rule table's entries in one language, as a {@link ResourceBundle} whose keys are
 * {@code rule.<rule code>.<text key>} (e.g. {@code rule.state-secret.not-fired.expired}, {@code
 * rule.state-secret.label}), over a parent bundle with the engine's own sentences (the {@code
 * DecisionMessages} properties). A key is defined in one of the two, never in both.
 */
final class RuleBundle extends ResourceBundle {
  private final Map<String, String> texts;

  /**
   * The texts of some entries over a parent.
   *
   * @param rows the entries
   * @param chinese the Chinese texts, else the English ones
   * @param parent the engine's sentences in the same language
   * @throws IllegalStateException if the parent defines a key of the table too
   */
  RuleBundle(List<RuleRows.Row> rows, boolean chinese, ResourceBundle parent) {
    Map<String, String> m = new HashMap<>();
    for (RuleRows.Row row : rows) {
      for (RuleRows.Text t : row.texts()) {
        String key = "rule." + row.code() + "." + t.name();
        if (parent.containsKey(key)) {
          throw new IllegalStateException(key + " is in " + RuleRows.RESOURCE + " and " + parent.getBaseBundleName());
        }
        m.put(key, chinese ? t.zh() : t.en());
      }
    }
    this.texts = Map.copyOf(m);
    setParent(parent);
  }

  @Override
  protected @Nullable Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  protected Set<String> handleKeySet() {
    return texts.keySet();
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> all = new TreeSet<>(texts.keySet());
    all.addAll(parent.keySet());
    return Collections.enumeration(all);
  }
}

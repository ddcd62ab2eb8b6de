package io.github.gongkai.rules.scan;

import io.github.gongkai.core.internal.ResourceTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kinds of context label, with their words from the reviewed resource {@code context-labels.tsv}. */
enum LabelKind {
  RESIDENT_ID,
  CREDIT_CODE,
  BANK_CARD,
  PASSPORT,
  PHONE,
  NAME;

  private static final Map<LabelKind, List<String>> WORDS = load();

  List<String> words() {
    // load() fails unless every kind has its line
    return Objects.requireNonNull(WORDS.get(this), this::name);
  }

  private static Map<LabelKind, List<String>> load() {
    Map<LabelKind, List<String>> map = new EnumMap<>(LabelKind.class);
    ResourceTables.forEachRow(
        LabelKind.class,
        "context-labels.tsv",
        2,
        f -> {
          List<String> words = new ArrayList<>();
          for (String w : f[1].split("、")) {
            SensitiveCategory.checkKeyword(w, "label");
            words.add(w);
          }
          map.put(LabelKind.valueOf(f[0]), Collections.unmodifiableList(words));
        });
    for (LabelKind k : values()) {
      if (!map.containsKey(k)) {
        throw new IllegalStateException("context-labels.tsv: no line for " + k);
      }
    }
    return map;
  }
}

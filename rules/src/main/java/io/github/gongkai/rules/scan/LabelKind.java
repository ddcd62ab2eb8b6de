package io.github.gongkai.rules.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    return WORDS.get(this);
  }

  private static Map<LabelKind, List<String>> load() {
    Map<LabelKind, List<String>> map = new EnumMap<>(LabelKind.class);
    try (InputStream in = LabelKind.class.getResourceAsStream("context-labels.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource context-labels.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 2) {
          throw new IllegalStateException("context-labels.tsv: bad line " + line);
        }
        List<String> words = new ArrayList<>();
        for (String w : f[1].split("、")) {
          SensitiveCategory.checkKeyword(w, "label");
          words.add(w);
        }
        map.put(LabelKind.valueOf(f[0]), Collections.unmodifiableList(words));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (LabelKind k : values()) {
      if (!map.containsKey(k)) {
        throw new IllegalStateException("context-labels.tsv: no line for " + k);
      }
    }
    return map;
  }
}

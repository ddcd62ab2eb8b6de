package io.github.gongkai.letters;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.ResourceTables;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reviewed letter-text table ({@code letter-texts.tsv}): for each key, its Chinese and English
 * text and the provisions it cites under each regime. Loaded once; immutable and thread-safe.
 */
final class LetterTexts {
  static final String RESOURCE = "letter-texts.tsv";
  /** The token of a citations column that stands for the provisions of the ground being stated. */
  static final String GROUND = "ground";

  /** One entry: its citations under each regime (null = no such sentence), and its texts. */
  record Entry(
      String key, Map<Regime, @Nullable List<Citation>> citations, String zh, String en) {
    /** Whether the sentence exists under a regime. */
    boolean existsUnder(Regime regime) {
      return citations.get(regime) != null;
    }

    /** The citations under a regime, empty when the sentence does not exist there. */
    List<Citation> citationsUnder(Regime regime) {
      List<Citation> c = citations.get(regime);
      return c == null ? List.of() : c;
    }
  }

  /** One cited provision, or the ground's own provisions. */
  record Citation(@Nullable LegalBasis basis) {
    boolean isGround() {
      return basis == null;
    }
  }

  private static final Map<String, Entry> ENTRIES = load();

  private LetterTexts() {}

  static Entry entry(String key) {
    Entry e = ENTRIES.get(key);
    if (e == null) {
      throw new GongkaiException("no letter text " + key);
    }
    return e;
  }

  static boolean has(String key) {
    return ENTRIES.containsKey(key);
  }

  static Set<String> keys() {
    return Collections.unmodifiableSet(ENTRIES.keySet());
  }

  /** Formats a pattern; arguments are strings the composer prepared (no number or date formats). */
  static String format(String pattern, Locale locale, Object... args) {
    return new MessageFormat(pattern, locale).format(args);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> map = new LinkedHashMap<>();
    ResourceTables.forEachRow(
        LetterTexts.class,
        RESOURCE,
        5,
        f -> {
          Map<Regime, @Nullable List<Citation>> citations = new EnumMap<>(Regime.class);
          citations.put(Regime.R2019, parse(Regime.R2019, f[1]));
          citations.put(Regime.R2008, parse(Regime.R2008, f[2]));
          Entry e = new Entry(f[0], citations, f[3], f[4]);
          // both patterns must parse, so a broken entry fails at load, not in a letter
          new MessageFormat(e.zh(), Locale.SIMPLIFIED_CHINESE);
          new MessageFormat(e.en(), Locale.ENGLISH);
          if (map.put(f[0], e) != null) {
            throw new IllegalStateException("duplicate key " + f[0]);
          }
        });
    return Collections.unmodifiableMap(map);
  }

  private static @Nullable List<Citation> parse(Regime regime, String field) {
    if ("n/a".equals(field)) {
      return null;
    }
    if ("-".equals(field)) {
      return List.of();
    }
    List<Citation> out = new ArrayList<>();
    for (String part : field.split(";")) {
      out.add(GROUND.equals(part) ? new Citation(null) : new Citation(LegalBasis.parse(regime, part)));
    }
    return List.copyOf(out);
  }
}

package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.rules.internal.RulesTexts;
import io.github.gongkai.rules.scan.FindingType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a streaming redaction ({@link Redactor#redact(java.io.Reader, java.io.Writer,
 * java.util.function.Consumer)}) did, in bounded size: counts by ground and type, chars read and
 * written, and the paragraph for the answer letter. The log entries themselves went to the caller
 * one by one. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RedactionSummary {
  private static final Texts TEXTS = RulesTexts.REDACTION;
  private static final Class<?> UNMODIFIABLE_MAP =
      Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

  RedactionSummary() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The regime cited.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The number of redacted regions (log entries).
   *
   * @return the count
   */
  public abstract long getEntryCount();

  /**
   * Redacted regions by ground, then by finding type in order of first appearance (empty for a
   * caller span or a merged region without a type).
   *
   * @return the counts, unmodifiable
   */
  public abstract Map<OutcomeGround, Map<Optional<FindingType>, Integer>> getCounts();

  /**
   * Chars read from the input.
   *
   * @return the count
   */
  public abstract long getCharsRead();

  /**
   * Chars written to the output.
   *
   * @return the count
   */
  public abstract long getCharsWritten();

  /** Checks the counts and makes the inner maps unmodifiable copies. */
  @Value.Check
  RedactionSummary normalize() {
    if (getEntryCount() < 0 || getCharsRead() < 0 || getCharsWritten() < 0) {
      throw new InvalidValueException(
          "entryCount", getEntryCount() + "/" + getCharsRead() + "/" + getCharsWritten(),
          "counts must not be negative");
    }
    boolean copied = true;
    for (Map<Optional<FindingType>, Integer> m : getCounts().values()) {
      copied &= m.getClass() == UNMODIFIABLE_MAP;
    }
    if (copied) {
      return this;
    }
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> copy = new EnumMap<>(OutcomeGround.class);
    getCounts().forEach((g, m) -> copy.put(g, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    return builder().from(this).counts(copy).build();
  }

  /**
   * Whether anything was redacted.
   *
   * @return true if at least one region was redacted
   */
  public boolean isRedacted() {
    return getEntryCount() > 0;
  }

  /**
   * The paragraph for the answer letter, as {@link RedactionResult#getSummary(Locale)} gives it.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise; not null
   * @return the summary, empty when nothing was redacted
   */
  public String getSummary(Locale locale) {
    return text(getCounts(), getRegime(), locale);
  }

  /** Counts one log entry into {@code counts}. */
  static void count(Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts, RedactionLogEntry e) {
    counts.computeIfAbsent(e.getGround(), g -> new LinkedHashMap<>())
        .merge(Optional.ofNullable(e.getType()), 1, Integer::sum);
  }

  /**
   * The answer-letter paragraph of some counts: one sentence per ground from the redaction texts'
   * {@code summary.ground} pattern, joined by {@code summary.next}.
   */
  static String text(
      Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts, Regime regime, Locale locale) {
    String paragraph = "";
    for (Map.Entry<OutcomeGround, Map<Optional<FindingType>, Integer>> g : counts.entrySet()) {
      Map<String, Integer> labelled = new LinkedHashMap<>();
      for (Map.Entry<Optional<FindingType>, Integer> c : g.getValue().entrySet()) {
        labelled.merge(label(c.getKey(), locale), c.getValue(), Integer::sum);
      }
      List<String> parts = new ArrayList<>(labelled.size());
      for (Map.Entry<String, Integer> c : labelled.entrySet()) {
        parts.add(TEXTS.format("summary.count", locale, c.getKey(), Integer.toString(c.getValue())));
      }
      String sentence =
          TEXTS.format(
              "summary.ground",
              locale,
              ground(g.getKey(), locale),
              Citations.join(Redactor.bases(g.getKey(), regime), locale),
              String.join(TEXTS.get("summary.count.separator", locale), parts));
      paragraph = paragraph.isEmpty() ? sentence : TEXTS.format("summary.next", locale, paragraph, sentence);
    }
    return paragraph;
  }

  /** A ground's label as the summary sentence names it: English in lower case. */
  private static String ground(OutcomeGround ground, Locale locale) {
    String label = ground.getLabel(locale);
    return Texts.isChinese(locale) ? label : label.toLowerCase(Locale.ROOT);
  }

  /** What was withheld: a finding type's label (English in lower case), or a phrase for none. */
  private static String label(Optional<FindingType> type, Locale locale) {
    if (type.isEmpty()) {
      return TEXTS.get("summary.type.none", locale);
    }
    String label = type.get().getLabel(locale);
    return Texts.isChinese(locale) ? label : label.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RedactionSummary{" + getEntryCount() + " entries, " + getCharsRead() + " chars read, "
        + getRegime() + "}";
  }

  /** Builds a {@link RedactionSummary}. Not thread-safe. */
  public static final class Builder extends ImmutableRedactionSummary.Builder {
    Builder() {}
  }
}

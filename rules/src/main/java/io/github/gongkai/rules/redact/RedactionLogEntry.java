package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.rules.internal.RulesTexts;
import io.github.gongkai.rules.scan.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One redacted region: where it was and is, what it held (types, never the content), the outcome
 * ground from the catalogue and the legal bases for the regime. Overlapping spans are merged into
 * one entry that lists all their types and grounds. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RedactionLogEntry {
  private static final Texts TEXTS = RulesTexts.REDACTION;

  RedactionLogEntry() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * First char of the region in the original text, inclusive.
   *
   * @return the start
   */
  public abstract int getStart();

  /**
   * Last char of the region in the original text, exclusive.
   *
   * @return the end
   */
  public abstract int getEnd();

  /**
   * First char of the replacement in the redacted text.
   *
   * @return the start
   */
  public abstract int getRedactedStart();

  /**
   * Last char of the replacement in the redacted text, exclusive.
   *
   * @return the end
   */
  public abstract int getRedactedEnd();

  /**
   * The first personal-data type of the region, if any span had one.
   *
   * @return the type, or null for caller spans without a type
   */
  public @Nullable FindingType getType() {
    List<FindingType> types = getTypes();
    return types.isEmpty() ? null : types.get(0);
  }

  /**
   * All personal-data types of the merged spans, distinct, in text order.
   *
   * @return the types, unmodifiable
   */
  public abstract List<FindingType> getTypes();

  /**
   * The outcome ground: of several, the first in catalogue order.
   *
   * @return the ground
   */
  public OutcomeGround getGround() {
    return getGrounds().iterator().next();
  }

  /**
   * All outcome grounds of the merged spans, in catalogue order.
   *
   * @return the grounds, unmodifiable, not empty
   */
  public abstract Set<OutcomeGround> getGrounds();

  /**
   * The regime cited.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The provisions cited: those of the grounds under the regime, then partial disclosure (2019
   * Art.37; 2008 Art.22).
   *
   * @return the legal bases, unmodifiable
   */
  public abstract List<LegalBasis> getLegalBases();

  /**
   * The mask applied.
   *
   * @return the mask
   */
  public abstract Mask getMask();

  /**
   * Notes of the merged spans (keyword categories, caller descriptions), non-empty ones only.
   *
   * @return the notes, unmodifiable
   */
  public abstract List<String> getNotes();

  @Value.Check
  void check() {
    if (getStart() < 0 || getEnd() <= getStart()) {
      throw new InvalidValueException(
          "end", getStart() + ".." + getEnd(), "must satisfy 0 <= start < end");
    }
    if (getRedactedStart() < 0 || getRedactedEnd() < getRedactedStart()) {
      throw new InvalidValueException(
          "redactedEnd",
          getRedactedStart() + ".." + getRedactedEnd(),
          "must satisfy 0 <= redactedStart <= redactedEnd");
    }
    if (getGrounds().isEmpty()) {
      throw new InvalidValueException("grounds", "[]", "must not be empty");
    }
  }

  /**
   * The entry as a sentence for an answer letter, in Chinese, e.g. {@code
   * 第5至23字符（居民身份证号码）已作区分处理，理由：保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条。}
   *
   * @return the Chinese text
   */
  public String toChinese() {
    return sentence(Locale.CHINESE);
  }

  /**
   * The entry as a sentence for an answer letter, in English, e.g. {@code Chars 5–23 (resident
   * identity number) withheld in part; ground: Protection of a third party's lawful rights
   * (commercial secrets, personal privacy); basis: Art. 15, Regulations on Open Government
   * Information (2019); …}.
   *
   * @return the English text
   */
  public String toEnglish() {
    return sentence(Locale.ENGLISH);
  }

  /** The sentence in a locale, from the redaction texts' {@code entry} pattern. */
  private String sentence(Locale locale) {
    List<String> grounds = new ArrayList<>(getGrounds().size());
    for (OutcomeGround g : getGrounds()) {
      grounds.add(g.getLabel(locale));
    }
    return TEXTS.format(
        "entry",
        locale,
        Integer.toString(getStart() + 1),
        Integer.toString(getEnd()),
        types(getTypes(), locale),
        String.join(TEXTS.get("entry.grounds.separator", locale), grounds),
        Citations.join(getLegalBases(), locale));
  }

  /** What a region held: its types' labels (English in lower case), or a phrase for none. */
  static String types(List<FindingType> types, Locale locale) {
    if (types.isEmpty()) {
      return TEXTS.get("entry.types.none", locale);
    }
    boolean zh = Texts.isChinese(locale);
    List<String> labels = new ArrayList<>(types.size());
    for (FindingType t : types) {
      labels.add(zh ? t.getLabel(locale) : t.getLabel(locale).toLowerCase(Locale.ROOT));
    }
    return String.join(TEXTS.get("entry.types.separator", locale), labels);
  }

  @Override
  public String toString() {
    return "RedactionLogEntry{[" + getStart() + ", " + getEnd() + ") " + getTypes() + " "
        + getGround().getCode() + " " + getMask().getCode() + "}";
  }

  /** Builds a {@link RedactionLogEntry}. Not thread-safe. */
  public static final class Builder extends ImmutableRedactionLogEntry.Builder {
    Builder() {}
  }
}

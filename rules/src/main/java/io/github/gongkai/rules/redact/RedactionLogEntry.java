package io.github.gongkai.rules.redact;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One redacted region: where it was and is, what it held (types, never the content), the outcome
 * ground from the catalogue and the legal bases for the regime. Overlapping spans are merged into
 * one entry that lists all their types and grounds. Immutable.
 */
public final class RedactionLogEntry {
  private final int start;
  private final int end;
  private final int redactedStart;
  private final int redactedEnd;
  private final List<FindingType> types;
  private final OutcomeGround ground;
  private final Set<OutcomeGround> grounds;
  private final Regime regime;
  private final List<LegalBasis> legalBases;
  private final Mask mask;
  private final List<String> notes;

  RedactionLogEntry(
      int start,
      int end,
      int redactedStart,
      int redactedEnd,
      List<FindingType> types,
      Set<OutcomeGround> grounds,
      Regime regime,
      List<LegalBasis> legalBases,
      Mask mask,
      List<String> notes) {
    this.start = start;
    this.end = end;
    this.redactedStart = redactedStart;
    this.redactedEnd = redactedEnd;
    this.types = List.copyOf(types);
    this.grounds = Collections.unmodifiableSet(EnumSet.copyOf(grounds));
    this.ground = this.grounds.iterator().next();
    this.regime = regime;
    this.legalBases = List.copyOf(legalBases);
    this.mask = mask;
    this.notes = List.copyOf(notes);
  }

  /**
   * First char of the region in the original text, inclusive.
   *
   * @return the start
   */
  public int getStart() {
    return start;
  }

  /**
   * Last char of the region in the original text, exclusive.
   *
   * @return the end
   */
  public int getEnd() {
    return end;
  }

  /**
   * First char of the replacement in the redacted text.
   *
   * @return the start
   */
  public int getRedactedStart() {
    return redactedStart;
  }

  /**
   * Last char of the replacement in the redacted text, exclusive.
   *
   * @return the end
   */
  public int getRedactedEnd() {
    return redactedEnd;
  }

  /**
   * The first personal-data type of the region, if any span had one.
   *
   * @return the type, or null for caller spans without a type
   */
  public @Nullable FindingType getType() {
    return types.isEmpty() ? null : types.get(0);
  }

  /**
   * All personal-data types of the merged spans, distinct, in text order.
   *
   * @return the types, unmodifiable
   */
  public List<FindingType> getTypes() {
    return types;
  }

  /**
   * The outcome ground: of several, the first in catalogue order.
   *
   * @return the ground
   */
  public OutcomeGround getGround() {
    return ground;
  }

  /**
   * All outcome grounds of the merged spans.
   *
   * @return the grounds, unmodifiable
   */
  public Set<OutcomeGround> getGrounds() {
    return grounds;
  }

  /**
   * The regime cited.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return regime;
  }

  /**
   * The provisions cited: those of the grounds under the regime, then partial disclosure (2019
   * Art.37; 2008 Art.22).
   *
   * @return the legal bases, unmodifiable
   */
  public List<LegalBasis> getLegalBases() {
    return legalBases;
  }

  /**
   * The mask applied.
   *
   * @return the mask
   */
  public Mask getMask() {
    return mask;
  }

  /**
   * Notes of the merged spans (keyword categories, caller descriptions), non-empty ones only.
   *
   * @return the notes, unmodifiable
   */
  public List<String> getNotes() {
    return notes;
  }

  /**
   * The entry as a sentence for an answer letter, in Chinese, e.g. {@code
   * 第5至23字符（居民身份证号码）已作区分处理，理由：保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条。}
   *
   * @return the Chinese text
   */
  public String toChinese() {
    StringBuilder sb = new StringBuilder("第").append(start + 1).append("至").append(end).append("字符（");
    sb.append(typesZh(types)).append("）已作区分处理，理由：");
    boolean first = true;
    for (OutcomeGround g : grounds) {
      sb.append(first ? "" : "、").append(g.getLabelZh());
      first = false;
    }
    return sb.append("，依据").append(Citations.chinese(legalBases)).append('。').toString();
  }

  /**
   * The entry as a sentence for an answer letter, in English.
   *
   * @return the English text
   */
  public String toEnglish() {
    StringBuilder sb = new StringBuilder("Chars ").append(start + 1).append('–').append(end).append(" (");
    sb.append(typesEn(types)).append(") withheld in part; ground: ");
    boolean first = true;
    for (OutcomeGround g : grounds) {
      sb.append(first ? "" : "; ").append(g.getLabelEn());
      first = false;
    }
    return sb.append("; basis: ").append(Citations.english(legalBases)).append('.').toString();
  }

  static String typesZh(List<FindingType> types) {
    if (types.isEmpty()) {
      return "其他应当不予公开的内容";
    }
    StringBuilder sb = new StringBuilder();
    for (FindingType t : types) {
      sb.append(sb.length() == 0 ? "" : "、").append(t.getLabelZh());
    }
    return sb.toString();
  }

  static String typesEn(List<FindingType> types) {
    if (types.isEmpty()) {
      return "other content not to be disclosed";
    }
    StringBuilder sb = new StringBuilder();
    for (FindingType t : types) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t.getLabelEn().toLowerCase(java.util.Locale.ROOT));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RedactionLogEntry)) {
      return false;
    }
    RedactionLogEntry e = (RedactionLogEntry) o;
    return start == e.start
        && end == e.end
        && redactedStart == e.redactedStart
        && redactedEnd == e.redactedEnd
        && types.equals(e.types)
        && grounds.equals(e.grounds)
        && regime == e.regime
        && legalBases.equals(e.legalBases)
        && mask.equals(e.mask)
        && notes.equals(e.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, redactedStart, redactedEnd, types, grounds, regime, legalBases, mask, notes);
  }

  @Override
  public String toString() {
    return "RedactionLogEntry{[" + start + ", " + end + ") " + types + " " + ground.getCode() + " " + mask.getCode() + "}";
  }
}

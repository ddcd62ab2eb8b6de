package io.github.gongkai.rules.redact;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.rules.scan.Finding;
import io.github.gongkai.rules.scan.FindingType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A span of text to withhold, with its outcome ground: from a scanner {@link Finding} or supplied
 * by the caller (e.g. a commercial secret, a passage about a person's health). Immutable.
 */
public final class RedactionSpan {
  private final int start;
  private final int end;
  private final @Nullable FindingType type;
  private final OutcomeGround ground;
  private final @Nullable Mask mask;
  private final String note;

  private RedactionSpan(
      int start, int end, @Nullable FindingType type, OutcomeGround ground, @Nullable Mask mask, String note) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.ground = ground;
    this.mask = mask;
    this.note = note;
  }

  /**
   * A caller-supplied span.
   *
   * @param start first char, inclusive, {@code >= 0}
   * @param end last char, exclusive, {@code > start}
   * @param ground why it is withheld; must be a withholding ground ({@code WITHHELD_*}); not null
   * @param type what it is, if it is personal data of a known type; else null
   * @param mask its mask, or null for the policy default of caller spans
   * @param note a short description for the log (not the withheld content); not null, may be empty
   * @return the span
   * @throws InvalidValueException if an argument breaks its rule
   */
  public static RedactionSpan of(
      int start,
      int end,
      OutcomeGround ground,
      @Nullable FindingType type,
      @Nullable Mask mask,
      String note) {
    if (start < 0 || end <= start) {
      throw new InvalidValueException("end", start + ".." + end, "must satisfy 0 <= start < end");
    }
    InvalidValueException.requireNonNull(ground, "ground");
    InvalidValueException.requireNonNull(note, "note");
    if (!ground.name().startsWith("WITHHELD_")) {
      throw new InvalidValueException("ground", ground.getCode(), "must be a withholding ground (table 三（三）)");
    }
    return new RedactionSpan(start, end, type, ground, mask, note);
  }

  /**
   * A span for a scanner finding: personal data, withheld to protect a third party's lawful rights
   * (2019 Art.15), with the policy's mask for its type.
   *
   * @param finding the finding; not null
   * @return the span
   * @throws InvalidValueException if the finding's offsets exceed the int range
   */
  public static RedactionSpan of(Finding finding) {
    InvalidValueException.requireNonNull(finding, "finding");
    if (finding.getEnd() > Integer.MAX_VALUE) {
      throw new InvalidValueException("finding", finding.toString(), "offsets must fit an int to redact in memory");
    }
    return new RedactionSpan(
        (int) finding.getStart(),
        (int) finding.getEnd(),
        finding.getType(),
        OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS,
        null,
        finding.getCategory() == null ? "" : finding.getCategory());
  }

  /**
   * First char, inclusive.
   *
   * @return the start
   */
  public int getStart() {
    return start;
  }

  /**
   * Last char, exclusive.
   *
   * @return the end
   */
  public int getEnd() {
    return end;
  }

  /**
   * The personal-data type, if known.
   *
   * @return the type, or null
   */
  public @Nullable FindingType getType() {
    return type;
  }

  /**
   * The outcome ground.
   *
   * @return the ground
   */
  public OutcomeGround getGround() {
    return ground;
  }

  /**
   * The span's own mask, if any.
   *
   * @return the mask, or null for the policy default
   */
  public @Nullable Mask getMask() {
    return mask;
  }

  /**
   * A short description for the log.
   *
   * @return the note, possibly empty
   */
  public String getNote() {
    return note;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RedactionSpan)) {
      return false;
    }
    RedactionSpan s = (RedactionSpan) o;
    return start == s.start
        && end == s.end
        && type == s.type
        && ground == s.ground
        && Objects.equals(mask, s.mask)
        && note.equals(s.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, type, ground, mask, note);
  }

  @Override
  public String toString() {
    return "RedactionSpan{[" + start + ", " + end + ") " + (type == null ? "-" : type.getCode()) + " "
        + ground.getCode() + "}";
  }
}

package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A span of text to withhold, with its outcome ground: from a scanner {@link PersonalDataMatch} or
 * supplied by the caller (e.g. a commercial secret, a passage about a person's health). Immutable and
 * thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RedactionSpan {
  RedactionSpan() {}

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
    return builder()
        .start(start)
        .end(end)
        .ground(InvalidValueException.requireNonNull(ground, "ground"))
        .type(type)
        .mask(mask)
        .note(InvalidValueException.requireNonNull(note, "note"))
        .build();
  }

  /**
   * A span for a scanner match: personal data, withheld to protect a third party's lawful rights
   * (2019 Art.15), with the policy's mask for its type.
   *
   * @param match the match; not null
   * @return the span
   * @throws InvalidValueException if the match's offsets exceed the int range
   */
  public static RedactionSpan of(PersonalDataMatch match) {
    InvalidValueException.requireNonNull(match, "finding");
    if (match.getEnd() > Integer.MAX_VALUE) {
      throw new InvalidValueException(
          "finding", match.toString(), "offsets must fit an int to redact in memory");
    }
    String category = match.getCategory();
    return builder()
        .start((int) match.getStart())
        .end((int) match.getEnd())
        .type(match.getType())
        .ground(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS)
        .note(category == null ? "" : category)
        .build();
  }

  /**
   * A new builder; {@link Builder#note(String) note} defaults to empty.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * First char, inclusive.
   *
   * @return the start
   */
  public abstract int getStart();

  /**
   * Last char, exclusive.
   *
   * @return the end
   */
  public abstract int getEnd();

  /**
   * The personal-data type, if known.
   *
   * @return the type, or null
   */
  public abstract @Nullable FindingType getType();

  /**
   * The outcome ground.
   *
   * @return the ground
   */
  public abstract OutcomeGround getGround();

  /**
   * The span's own mask, if any.
   *
   * @return the mask, or null for the policy default
   */
  public abstract @Nullable Mask getMask();

  /**
   * A short description for the log.
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String getNote() {
    return "";
  }

  @Value.Check
  void check() {
    if (getStart() < 0 || getEnd() <= getStart()) {
      throw new InvalidValueException(
          "end", getStart() + ".." + getEnd(), "must satisfy 0 <= start < end");
    }
    if (!getGround().name().startsWith("WITHHELD_")) {
      throw new InvalidValueException(
          "ground", getGround().getCode(), "must be a withholding ground (table 三（三）)");
    }
  }

  @Override
  public String toString() {
    FindingType type = getType();
    return "RedactionSpan{[" + getStart() + ", " + getEnd() + ") "
        + (type == null ? "-" : type.getCode()) + " " + getGround().getCode() + "}";
  }

  /** Builds a {@link RedactionSpan}. Not thread-safe. */
  public static final class Builder extends ImmutableRedactionSpan.Builder {
    Builder() {}
  }
}

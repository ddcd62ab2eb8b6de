package io.github.gongkai.rules.scan;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One piece of personal data found in a text by the {@link PersonalDataScanner}: {@code [start,
 * end)} char offsets (UTF-16 units, counted from the start of the whole input), the type, a
 * confidence in {@code (0, 1]}, the checks it passed, and the matched text.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the matched text.
 */
@Value.Immutable
@GongkaiStyle
public abstract class PersonalDataMatch {
  PersonalDataMatch() {}

  /**
   * Creates a match.
   *
   * @param type the type; not null
   * @param start first char offset, inclusive, {@code >= 0}
   * @param end last char offset, exclusive, {@code > start}
   * @param confidence in {@code (0, 1]}
   * @param checks the checks passed; not null
   * @param category the sensitive-information category code for {@link
   *     FindingType#SENSITIVE_KEYWORD}, else null
   * @param text the matched text, {@code end - start} chars; not null
   * @return the match
   * @throws InvalidValueException if an argument breaks its rule
   */
  public static PersonalDataMatch of(
      FindingType type,
      long start,
      long end,
      double confidence,
      Set<Check> checks,
      @Nullable String category,
      String text) {
    return builder()
        .type(InvalidValueException.requireNonNull(type, "type"))
        .start(start)
        .end(end)
        .confidence(confidence)
        .checks(InvalidValueException.requireNonNull(checks, "checks"))
        .category(category)
        .text(InvalidValueException.requireNonNull(text, "text"))
        .build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The type.
   *
   * @return the type
   */
  public abstract FindingType getType();

  /**
   * First char offset, inclusive.
   *
   * @return the start
   */
  public abstract long getStart();

  /**
   * Last char offset, exclusive.
   *
   * @return the end
   */
  public abstract long getEnd();

  /**
   * How sure the scanner is, in {@code (0, 1]}: about 0.99 for identifiers confirmed by a check
   * character, lower for shapes without one, lowest for unlabelled passport numbers and keywords.
   *
   * @return the confidence
   */
  public abstract double getConfidence();

  /**
   * The checks this match passed.
   *
   * @return the checks, unmodifiable
   */
  public abstract Set<Check> getChecks();

  /**
   * The sensitive-information category code, for {@link FindingType#SENSITIVE_KEYWORD}.
   *
   * @return the category code, or null for other types
   */
  public abstract @Nullable String getCategory();

  /**
   * The matched text, exactly as in the input. This is personal data: show {@link
   * #getMaskedText()} instead wherever it could be logged.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * The matched text masked by {@link Masking#mask(String)}.
   *
   * @return the masked text
   */
  public String getMaskedText() {
    return Masking.mask(getText());
  }

  @Value.Check
  void check() {
    long start = getStart();
    long end = getEnd();
    if (start < 0 || end <= start) {
      throw new InvalidValueException("end", start + ".." + end, "must satisfy 0 <= start < end");
    }
    if (getText().length() != end - start) {
      throw new InvalidValueException(
          "text", getText().length() + " chars", "must have end - start chars");
    }
    double confidence = getConfidence();
    if (!(confidence > 0 && confidence <= 1)) {
      throw new InvalidValueException("confidence", Double.toString(confidence), "must be in (0, 1]");
    }
    String category = getCategory();
    if ((getType() == FindingType.SENSITIVE_KEYWORD) != (category != null)) {
      throw new InvalidValueException(
          "category", category, "must be set exactly for sensitive-keyword findings");
    }
  }

  @Override
  public String toString() {
    String category = getCategory();
    return "PersonalDataMatch{"
        + getType().getCode()
        + " ["
        + getStart()
        + ", "
        + getEnd()
        + ") "
        + getMaskedText()
        + (category == null ? "" : " " + category)
        + " confidence="
        + getConfidence()
        + " checks="
        + getChecks()
        + "}";
  }

  /** Builds a {@link PersonalDataMatch}. Not thread-safe. */
  public static final class Builder extends ImmutablePersonalDataMatch.Builder {
    Builder() {}
  }
}

package io.github.gongkai.rules.scan;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One piece of personal data found in a text: {@code [start, end)} char offsets (UTF-16 units,
 * counted from the start of the whole input), the type, a confidence in {@code (0, 1]}, the checks
 * it passed, and the matched text.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the matched text.
 */
public final class Finding {
  private final FindingType type;
  private final long start;
  private final long end;
  private final double confidence;
  private final Set<Check> checks;
  private final @Nullable String category;
  private final String text;

  private Finding(
      FindingType type,
      long start,
      long end,
      double confidence,
      Set<Check> checks,
      @Nullable String category,
      String text) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.confidence = confidence;
    this.checks = checks;
    this.category = category;
    this.text = text;
  }

  /**
   * Creates a finding.
   *
   * @param type the type; not null
   * @param start first char offset, inclusive, {@code >= 0}
   * @param end last char offset, exclusive, {@code > start}
   * @param confidence in {@code (0, 1]}
   * @param checks the checks passed; not null
   * @param category the sensitive-information category code for {@link
   *     FindingType#SENSITIVE_KEYWORD}, else null
   * @param text the matched text, {@code end - start} chars; not null
   * @return the finding
   * @throws InvalidValueException if an argument breaks its rule
   */
  public static Finding of(
      FindingType type,
      long start,
      long end,
      double confidence,
      Set<Check> checks,
      @Nullable String category,
      String text) {
    InvalidValueException.requireNonNull(type, "type");
    InvalidValueException.requireNonNull(checks, "checks");
    InvalidValueException.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new InvalidValueException(
          "end", start + ".." + end, "must satisfy 0 <= start < end");
    }
    if (text.length() != end - start) {
      throw new InvalidValueException(
          "text", Integer.toString(text.length()) + " chars", "must have end - start chars");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new InvalidValueException("confidence", Double.toString(confidence), "must be in (0, 1]");
    }
    if ((type == FindingType.SENSITIVE_KEYWORD) != (category != null)) {
      throw new InvalidValueException(
          "category", category, "must be set exactly for sensitive-keyword findings");
    }
    Set<Check> copy = checks.isEmpty() ? EnumSet.noneOf(Check.class) : EnumSet.copyOf(checks);
    return new Finding(
        type, start, end, confidence, Collections.unmodifiableSet(copy), category, text);
  }

  /**
   * The type.
   *
   * @return the type
   */
  public FindingType getType() {
    return type;
  }

  /**
   * First char offset, inclusive.
   *
   * @return the start
   */
  public long getStart() {
    return start;
  }

  /**
   * Last char offset, exclusive.
   *
   * @return the end
   */
  public long getEnd() {
    return end;
  }

  /**
   * How sure the scanner is, in {@code (0, 1]}: about 0.99 for identifiers confirmed by a check
   * character, lower for shapes without one, lowest for unlabelled passport numbers and keywords.
   *
   * @return the confidence
   */
  public double getConfidence() {
    return confidence;
  }

  /**
   * The checks this finding passed.
   *
   * @return the checks, unmodifiable
   */
  public Set<Check> getChecks() {
    return checks;
  }

  /**
   * The sensitive-information category code, for {@link FindingType#SENSITIVE_KEYWORD}.
   *
   * @return the category code, or null for other types
   */
  public @Nullable String getCategory() {
    return category;
  }

  /**
   * The matched text, exactly as in the input. This is personal data: show {@link
   * #getMaskedText()} instead wherever it could be logged.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  /**
   * The matched text masked by {@link Masking#mask(String)}.
   *
   * @return the masked text
   */
  public String getMaskedText() {
    return Masking.mask(text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return type == f.type
        && start == f.start
        && end == f.end
        && Double.compare(confidence, f.confidence) == 0
        && checks.equals(f.checks)
        && Objects.equals(category, f.category)
        && text.equals(f.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, start, end, confidence, checks, category, text);
  }

  @Override
  public String toString() {
    return "Finding{"
        + type.getCode()
        + " ["
        + start
        + ", "
        + end
        + ") "
        + getMaskedText()
        + (category == null ? "" : " " + category)
        + " confidence="
        + confidence
        + " checks="
        + checks
        + "}";
  }
}

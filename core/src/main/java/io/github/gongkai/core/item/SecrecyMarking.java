package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The state-secret marking on an item (国家秘密标志): level and secrecy period (保密期限), as shown by
 * the marking (保守国家秘密法; docs/legal-reference.md §8). The period is recorded as the marking states it; gongkai
 * does not supply statutory default periods.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecrecyMarking.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSecrecyMarking.class)
@JsonDeserialize(as = ImmutableSecrecyMarking.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSecrecyMarking.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"level", "periodYears", "markedOn", "declassifiedOn"})
public abstract class SecrecyMarking {
  SecrecyMarking() {}

  /**
   * The classification level.
   *
   * @return the level
   */
  public abstract SecrecyLevel getLevel();

  /**
   * The secrecy period in years as marked, or null if the marking gives none or gives a condition
   * instead.
   *
   * @return the years, 1 or more, or null
   */
  public abstract @Nullable @Positive(message = "{gongkai.secrecyMarking.periodYears.Positive}") Integer
      getPeriodYears();

  /**
   * The day the item was classified, if known.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getMarkedOn();

  /**
   * The day the item was declassified (解密), if it has been.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getDeclassifiedOn();

  /**
   * Whether the marking is still in force on {@code date}: not declassified by then and, if both
   * the marking date and the period are known, within the period.
   *
   * @param date the date; not null
   * @return true if the item is still classified on that date
   */
  public boolean isInForceOn(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    LocalDate declassified = getDeclassifiedOn();
    if (declassified != null && !date.isBefore(declassified)) {
      return false;
    }
    LocalDate marked = getMarkedOn();
    Integer years = getPeriodYears();
    return marked == null || years == null || date.isBefore(marked.plusYears(years));
  }

  @Value.Check
  void check() {
    Integer years = getPeriodYears();
    if (years != null && years < 1) {
      throw new InvalidValueException("periodYears", years.toString(), "must be 1 or more");
    }
    LocalDate marked = getMarkedOn();
    LocalDate declassified = getDeclassifiedOn();
    if (marked != null && declassified != null && declassified.isBefore(marked)) {
      throw new InvalidValueException(
          "declassifiedOn", declassified.toString(), "must not be before markedOn " + marked);
    }
  }

  /**
   * A marking with a level only.
   *
   * @param level the level; not null
   * @return the marking
   */
  public static SecrecyMarking of(SecrecyLevel level) {
    return builder().level(level).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecrecyMarking}. */
  public static final class Builder extends ImmutableSecrecyMarking.Builder {
    Builder() {}
  }
}

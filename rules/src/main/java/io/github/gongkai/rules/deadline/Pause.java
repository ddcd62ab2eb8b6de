package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A span of days, both ends inclusive, during which the reply clock stands still.
 *
 * <p>Working days inside the span are not counted. Pauses may overlap: the engine counts their
 * union, so a day covered twice is excluded once.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePause.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePause.class)
@JsonPropertyOrder({"kind", "start", "end"})
public abstract class Pause {
  Pause() {}

  /**
   * Why the clock stands still.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract PauseKind getKind();

  /**
   * The first day excluded.
   *
   * @return the first day
   */
  @Value.Parameter
  public abstract LocalDate getStart();

  /**
   * The last day excluded, on or after {@link #getStart()}.
   *
   * @return the last day
   */
  @Value.Parameter
  public abstract LocalDate getEnd();

  @Value.Check
  void check() {
    if (getEnd().isBefore(getStart())) {
      throw new InvalidValueException(
          "pause.end", getEnd().toString(), "must not be before pause.start " + getStart());
    }
  }

  /**
   * A pause.
   *
   * @param kind why; not null
   * @param from first day excluded; not null
   * @param to last day excluded, not before {@code from}; not null
   * @return the pause
   * @throws InvalidValueException if a value is missing or {@code to} is before {@code from}
   */
  public static Pause of(PauseKind kind, LocalDate from, LocalDate to) {
    return ImmutablePause.of(
        InvalidValueException.requireNonNull(kind, "pause.kind"),
        InvalidValueException.requireNonNull(from, "pause.start"),
        InvalidValueException.requireNonNull(to, "pause.end"));
  }

  @Override
  public String toString() {
    return getKind().getCode() + " " + getStart() + ".." + getEnd();
  }
}

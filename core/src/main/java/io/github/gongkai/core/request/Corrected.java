package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The agency received the corrected request (2019 Art.30): the reply period is counted from this
 * day.
 *
 * <p>Its {@linkplain #getDate() date} is the day the corrected request was received.
 *
 * <p>JSON type name {@code "corrected"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("corrected")
@JsonSerialize(as = ImmutableCorrected.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCorrected.class)
@JsonDeserialize(as = ImmutableCorrected.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCorrected.class)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Corrected implements RequestEvent {
  Corrected() {}

  /**
   * The corrected request was received on {@code date}.
   *
   * @param date the date; not null
   * @return the event
   */
  public static Corrected of(LocalDate date) {
    return builder().date(date).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Corrected}. */
  public static final class Builder extends ImmutableCorrected.Builder {
    Builder() {}
  }
}

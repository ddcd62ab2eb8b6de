package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The applicant withdrew the request; the agency stops processing it. Which report row, if any, a
 * withdrawal is counted in is a report rule, not part of the event.
 *
 * <p>Its {@linkplain #getDate() date} is the day the withdrawal was received.
 *
 * <p>JSON type name {@code "withdrawn"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("withdrawn")
@JsonSerialize(as = ImmutableWithdrawn.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWithdrawn.class)
@JsonDeserialize(as = ImmutableWithdrawn.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWithdrawn.class)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Withdrawn implements RequestEvent {
  Withdrawn() {}

  /**
   * The request was withdrawn on {@code date}.
   *
   * @param date the date; not null
   * @return the event
   */
  public static Withdrawn of(LocalDate date) {
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

  /** Builds a {@link Withdrawn}. */
  public static final class Builder extends ImmutableWithdrawn.Builder {
    Builder() {}
  }
}

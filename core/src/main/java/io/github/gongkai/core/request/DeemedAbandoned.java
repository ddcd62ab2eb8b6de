package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The request is deemed abandoned (视为放弃) and no longer processed: the applicant did not correct it
 * in time without good reason (2019 Art.30; row （六）1), or did not pay a fee notice in time (国办函〔2020〕109号;
 * row （六）2).
 *
 * <p>Its {@linkplain #getDate() date} is the day the agency closed the request.
 *
 * <p>JSON type name {@code "deemed-abandoned"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("deemed-abandoned")
@JsonSerialize(as = ImmutableDeemedAbandoned.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeemedAbandoned.class)
@JsonDeserialize(as = ImmutableDeemedAbandoned.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDeemedAbandoned.class)
@JsonPropertyOrder({"date", "ground", "note"})
public abstract non-sealed class DeemedAbandoned implements RequestEvent {
  DeemedAbandoned() {}

  /**
   * {@link OutcomeGround#OTHER_CORRECTION_NOT_MADE} or {@link OutcomeGround#OTHER_FEE_NOT_PAID}.
   *
   * @return the value
   */
  public abstract OutcomeGround getGround();

  @Value.Check
  void check() {
    if (getGround() != OutcomeGround.OTHER_CORRECTION_NOT_MADE
        && getGround() != OutcomeGround.OTHER_FEE_NOT_PAID) {
      throw new InvalidValueException(
          "ground",
          getGround().getCode(),
          "must be other-correction-not-made or other-fee-not-paid");
    }
  }

  /**
   * A deemed abandonment.
   *
   * @param date the day the request was closed; not null
   * @param ground the ground; one of the two abandonment grounds
   * @return the event
   */
  public static DeemedAbandoned of(LocalDate date, OutcomeGround ground) {
    return builder().date(date).ground(ground).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeemedAbandoned}. */
  public static final class Builder extends ImmutableDeemedAbandoned.Builder {
    Builder() {}
  }
}

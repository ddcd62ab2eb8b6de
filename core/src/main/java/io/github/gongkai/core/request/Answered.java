package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The agency answered the request (2019 Art.36–39). {@link #getOutcome()} is the outcome of the
 * request as a whole, which is its row in table 三 of the annual report; {@link #getItemOutcomes()}
 * gives per-item detail and is required for a {@link OutcomeGround#PARTIALLY_RELEASED partial} answer
 * (Art.37). The two "deemed abandoned" grounds are not answers: use {@link DeemedAbandoned}.
 *
 * <p>Its {@linkplain #getDate() date} is the day the answer was delivered (签收) or posted (交邮), per
 * 国办公开办函〔2016〕235号.
 *
 * <p>JSON type name {@code "answered"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("answered")
@JsonSerialize(as = ImmutableAnswered.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAnswered.class)
@JsonDeserialize(as = ImmutableAnswered.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAnswered.class)
@JsonPropertyOrder({"date", "outcome", "itemOutcomes", "note"})
public abstract non-sealed class Answered implements RequestEvent {
  Answered() {}

  /**
   * The outcome of the request as a whole.
   *
   * @return the value
   */
  public abstract OutcomeGround getOutcome();

  /**
   * Per-item outcomes, in request order; required when the outcome is partial.
   *
   * @return the value
   */
  public abstract List<@Valid ItemOutcome> getItemOutcomes();

  @Value.Check
  void check() {
    OutcomeGround outcome = getOutcome();
    if (outcome == OutcomeGround.PARTIALLY_RELEASED && getItemOutcomes().isEmpty()) {
      throw new InvalidValueException(
          "itemOutcomes", "[]", "must list the item outcomes of a partially-released answer (Art.37)");
    }
    if (outcome == OutcomeGround.OTHER_CORRECTION_NOT_MADE || outcome == OutcomeGround.OTHER_FEE_NOT_PAID) {
      throw new InvalidValueException(
          "outcome", outcome.getCode(), "must not be a deemed-abandonment ground; use a deemed-abandoned event");
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ItemOutcome o : getItemOutcomes()) {
      if (!ids.add(o.getItemId())) {
        throw new InvalidValueException("itemOutcomes", o.getItemId(), "must not repeat an item id");
      }
    }
  }

  /**
   * An answer without per-item detail.
   *
   * @param date the answer date; not null
   * @param outcome the outcome; not null, not partial
   * @return the event
   */
  public static Answered of(LocalDate date, OutcomeGround outcome) {
    return builder().date(date).outcome(outcome).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Answered}. */
  public static final class Builder extends ImmutableAnswered.Builder {
    Builder() {}
  }
}

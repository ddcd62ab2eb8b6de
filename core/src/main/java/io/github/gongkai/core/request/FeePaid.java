package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.money.Yuan;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The applicant paid the information-processing fee.
 *
 * <p>Its {@linkplain #getDate() date} is the day the payment was received.
 *
 * <p>JSON type name {@code "fee-paid"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("fee-paid")
@JsonSerialize(as = ImmutableFeePaid.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFeePaid.class)
@JsonDeserialize(as = ImmutableFeePaid.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFeePaid.class)
@JsonPropertyOrder({"date", "amount", "note"})
public abstract non-sealed class FeePaid implements RequestEvent {
  FeePaid() {}

  /**
   * The amount paid, or null if not recorded.
   *
   * @return the value
   */
  public abstract @Nullable Yuan getAmount();

  /**
   * The fee was paid on {@code date}.
   *
   * @param date the date; not null
   * @return the event
   */
  public static FeePaid of(LocalDate date) {
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

  /** Builds a {@link FeePaid}. */
  public static final class Builder extends ImmutableFeePaid.Builder {
    Builder() {}
  }
}

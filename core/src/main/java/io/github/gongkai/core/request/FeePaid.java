package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.money.Yuan;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The applicant paid the information-processing fee.
 *
 * <p>JSON type name {@code "fee-paid"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("fee-paid")
@JsonSerialize(as = ImmutableFeePaid.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFeePaid.class)
@JsonDeserialize(as = ImmutableFeePaid.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFeePaid.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "amount", "note"})
public abstract non-sealed class FeePaid implements RequestEvent {
  FeePaid() {}

  /**
   * The day the payment was received.
   *
   * @return the date
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDate();

  /**
   * The amount paid, or null if not recorded.
   *
   * @return the value
   */
  public abstract @Nullable Yuan getAmount();

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * Always {@link EventKind#FEE_PAID}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.FEE_PAID;
  }

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

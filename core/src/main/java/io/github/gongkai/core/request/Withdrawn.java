package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The applicant withdrew the request; the agency stops processing it. Which report row, if any, a
 * withdrawal is counted in is a report rule, not part of the event.
 *
 * <p>JSON type name {@code "withdrawn"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("withdrawn")
@JsonSerialize(as = ImmutableWithdrawn.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWithdrawn.class)
@JsonDeserialize(as = ImmutableWithdrawn.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWithdrawn.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Withdrawn implements RequestEvent {
  Withdrawn() {}

  /**
   * The day the withdrawal was received.
   *
   * @return the date
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDate();

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * Always {@link EventKind#WITHDRAWN}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.WITHDRAWN;
  }

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

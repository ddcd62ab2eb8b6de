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
 * The agency received the corrected request (2019 Art.30): the reply period is counted from this
 * day.
 *
 * <p>JSON type name {@code "corrected"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("corrected")
@JsonSerialize(as = ImmutableCorrected.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCorrected.class)
@JsonDeserialize(as = ImmutableCorrected.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCorrected.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Corrected implements RequestEvent {
  Corrected() {}

  /**
   * The day the corrected request was received.
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
   * Always {@link EventKind#CORRECTED}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.CORRECTED;
  }

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

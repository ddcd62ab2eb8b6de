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
 * The agency received the request, in the sense of 2019 Art.31: the day it is established as
 * received. For channels that need confirmation ({@link Channel#requiresConfirmation()}) this is the
 * confirmation date; the time limits run from it.
 *
 * <p>JSON type name {@code "received"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("received")
@JsonSerialize(as = ImmutableReceived.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReceived.class)
@JsonDeserialize(as = ImmutableReceived.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReceived.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Received implements RequestEvent {
  Received() {}

  /**
   * The receipt date (收到申请之日) per Art.31.
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
   * Always {@link EventKind#RECEIVED}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.RECEIVED;
  }

  /**
   * The request was received on {@code date}.
   *
   * @param date the date; not null
   * @return the event
   */
  public static Received of(LocalDate date) {
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

  /** Builds a {@link Received}. */
  public static final class Builder extends ImmutableReceived.Builder {
    Builder() {}
  }
}

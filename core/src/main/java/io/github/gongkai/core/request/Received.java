package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The agency received the request, in the sense of 2019 Art.31: the day it is established as
 * received. For channels that need confirmation ({@link Channel#requiresConfirmation()}) this is the
 * confirmation date; the time limits run from it.
 *
 * <p>Its {@linkplain #getDate() date} is the receipt date (收到申请之日) per Art.31.
 *
 * <p>JSON type name {@code "received"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("received")
@JsonSerialize(as = ImmutableReceived.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReceived.class)
@JsonDeserialize(as = ImmutableReceived.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReceived.class)
@JsonPropertyOrder({"date", "note"})
public abstract non-sealed class Received implements RequestEvent {
  Received() {}

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

package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.item.PublicationMedium;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One dated record of a proactive item: drafted, submitted for approval, published (with the
 * medium and place, 2019 Art.23–25), withdrawn or corrected.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationEvent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationEvent.class)
@JsonDeserialize(as = ImmutablePublicationEvent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicationEvent.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "date", "medium", "location", "note"})
public abstract class PublicationEvent {
  PublicationEvent() {}

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract PublicationEventKind getKind();

  /**
   * When.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDate();

  /**
   * The medium of a publication or correction.
   *
   * @return the medium, or null
   */
  public abstract @Nullable PublicationMedium getMedium();

  /**
   * Where in the medium: a URL, a gazette issue, a notice board.
   *
   * @return the location, or null
   */
  public abstract @Nullable String getLocation();

  /**
   * A note, e.g. the reason for a withdrawal.
   *
   * @return the note, or null
   */
  public abstract @Nullable String getNote();

  /**
   * An event with only its kind and date.
   *
   * @param kind the kind; not null
   * @param date the date; not null
   * @return the event
   */
  public static PublicationEvent of(PublicationEventKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicationEvent}. */
  public static final class Builder extends ImmutablePublicationEvent.Builder {
    Builder() {}
  }
}

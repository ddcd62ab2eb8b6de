package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A third party answered a consultation (2019 Art.32): it consents, objects or has no objection.
 * The clock resumes from this day. Silence is not an event: the agency decides once the 15 working
 * days have passed.
 *
 * <p>JSON type name {@code "third-party-replied"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("third-party-replied")
@JsonSerialize(as = ImmutableThirdPartyReplied.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableThirdPartyReplied.class)
@JsonDeserialize(as = ImmutableThirdPartyReplied.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableThirdPartyReplied.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "consultationId", "position", "note"})
public abstract non-sealed class ThirdPartyReplied implements RequestEvent {
  ThirdPartyReplied() {}

  /**
   * The day the agency received the reply.
   *
   * @return the date
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDate();

  /**
   * The consultation answered.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.consultationId.NotBlank}") String getConsultationId();

  /**
   * The third party's position.
   *
   * @return the value
   */
  public abstract ThirdPartyPosition getPosition();

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * Always {@link EventKind#THIRD_PARTY_REPLIED}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.THIRD_PARTY_REPLIED;
  }

  @Value.Check
  void check() {
    if (getConsultationId().isBlank()) {
      throw new InvalidValueException("consultationId", getConsultationId(), "must not be blank");
    }
  }

  /**
   * A third party's reply.
   *
   * @param date the day the reply was received; not null
   * @param consultationId the consultation answered; not blank
   * @param position the position; not null
   * @return the event
   */
  public static ThirdPartyReplied of(
      LocalDate date, String consultationId, ThirdPartyPosition position) {
    return builder().date(date).consultationId(consultationId).position(position).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThirdPartyReplied}. */
  public static final class Builder extends ImmutableThirdPartyReplied.Builder {
    Builder() {}
  }
}

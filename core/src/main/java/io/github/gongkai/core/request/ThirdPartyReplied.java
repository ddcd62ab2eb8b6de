package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A third party answered a consultation (2019 Art.32): it consents, objects or has no objection.
 * The clock resumes from this day. Silence is not an event: the agency decides once the 15 working
 * days have passed.
 *
 * <p>Its {@linkplain #getDate() date} is the day the agency received the reply.
 *
 * <p>JSON type name {@code "third-party-replied"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("third-party-replied")
@JsonSerialize(as = ImmutableThirdPartyReplied.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableThirdPartyReplied.class)
@JsonDeserialize(as = ImmutableThirdPartyReplied.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableThirdPartyReplied.class)
@JsonPropertyOrder({"date", "consultationId", "position", "note"})
public abstract non-sealed class ThirdPartyReplied implements RequestEvent {
  ThirdPartyReplied() {}

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

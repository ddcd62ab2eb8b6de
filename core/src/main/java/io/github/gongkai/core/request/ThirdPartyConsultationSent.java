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
 * The agency asked a third party in writing for its opinion (2019 Art.32). The third party has 15
 * working days from receipt of the letter; the time is excluded from the reply period (Art.33(3)).
 * The consultation id links this event to its {@link ThirdPartyReplied}.
 *
 * <p>Its {@linkplain #getDate() date} is the day the consultation letter was sent.
 *
 * <p>JSON type name {@code "third-party-consultation-sent"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("third-party-consultation-sent")
@JsonSerialize(as = ImmutableThirdPartyConsultationSent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableThirdPartyConsultationSent.class)
@JsonDeserialize(as = ImmutableThirdPartyConsultationSent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableThirdPartyConsultationSent.class)
@JsonPropertyOrder({"date", "consultationId", "thirdParty", "note"})
public abstract non-sealed class ThirdPartyConsultationSent implements RequestEvent {
  ThirdPartyConsultationSent() {}

  /**
   * Identifies this consultation within the request.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.consultationId.NotBlank}") String getConsultationId();

  /**
   * Name of the third party consulted.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.thirdParty.NotBlank}") String getThirdParty();

  @Value.Check
  void check() {
    if (getConsultationId().isBlank()) {
      throw new InvalidValueException("consultationId", getConsultationId(), "must not be blank");
    }
  }

  /**
   * A consultation letter to a third party.
   *
   * @param date the day it was sent; not null
   * @param consultationId identifies the consultation; not blank
   * @param thirdParty the third party's name; not null
   * @return the event
   */
  public static ThirdPartyConsultationSent of(
      LocalDate date, String consultationId, String thirdParty) {
    return builder().date(date).consultationId(consultationId).thirdParty(thirdParty).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThirdPartyConsultationSent}. */
  public static final class Builder extends ImmutableThirdPartyConsultationSent.Builder {
    Builder() {}
  }
}

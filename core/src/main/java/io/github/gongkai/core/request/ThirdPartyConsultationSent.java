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
 * The agency asked a third party in writing for its opinion (2019 Art.32). The third party has 15
 * working days from receipt of the letter; the time is excluded from the reply period (Art.33(3)).
 * The consultation id links this event to its {@link ThirdPartyReplied}.
 *
 * <p>JSON type name {@code "third-party-consultation-sent"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("third-party-consultation-sent")
@JsonSerialize(as = ImmutableThirdPartyConsultationSent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableThirdPartyConsultationSent.class)
@JsonDeserialize(as = ImmutableThirdPartyConsultationSent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableThirdPartyConsultationSent.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "consultationId", "thirdParty", "note"})
public abstract non-sealed class ThirdPartyConsultationSent implements RequestEvent {
  ThirdPartyConsultationSent() {}

  /**
   * The day the consultation letter was sent.
   *
   * @return the date
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDate();

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

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * Always {@link EventKind#THIRD_PARTY_CONSULTATION_SENT}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.THIRD_PARTY_CONSULTATION_SENT;
  }

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

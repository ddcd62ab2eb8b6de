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
 * The agency consulted another administrative agency, e.g. a co-producer (2019 Art.34, which gives
 * it 15 working days; silence counts as consent). The time is excluded from the reply period
 * (Art.33(3)).
 *
 * <p>Its {@linkplain #getDate() date} is the day the consultation letter was sent.
 *
 * <p>JSON type name {@code "agency-consultation-sent"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("agency-consultation-sent")
@JsonSerialize(as = ImmutableAgencyConsultationSent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgencyConsultationSent.class)
@JsonDeserialize(as = ImmutableAgencyConsultationSent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgencyConsultationSent.class)
@JsonPropertyOrder({"date", "consultationId", "agency", "note"})
public abstract non-sealed class AgencyConsultationSent implements RequestEvent {
  AgencyConsultationSent() {}

  /**
   * Identifies this consultation within the request.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.consultationId.NotBlank}") String getConsultationId();

  /**
   * Name of the agency consulted.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.agency.NotBlank}") String getAgency();

  @Value.Check
  void check() {
    if (getConsultationId().isBlank()) {
      throw new InvalidValueException("consultationId", getConsultationId(), "must not be blank");
    }
  }

  /**
   * A consultation letter to another agency.
   *
   * @param date the day it was sent; not null
   * @param consultationId identifies the consultation; not blank
   * @param agency the agency's name; not null
   * @return the event
   */
  public static AgencyConsultationSent of(LocalDate date, String consultationId, String agency) {
    return builder().date(date).consultationId(consultationId).agency(agency).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AgencyConsultationSent}. */
  public static final class Builder extends ImmutableAgencyConsultationSent.Builder {
    Builder() {}
  }
}

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
 * Another agency answered a consultation (2019 Art.34). The clock resumes from this day.
 *
 * <p>Its {@linkplain #getDate() date} is the day the agency received the reply.
 *
 * <p>JSON type name {@code "agency-consultation-replied"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("agency-consultation-replied")
@JsonSerialize(as = ImmutableAgencyConsultationReplied.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgencyConsultationReplied.class)
@JsonDeserialize(as = ImmutableAgencyConsultationReplied.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgencyConsultationReplied.class)
@JsonPropertyOrder({"date", "consultationId", "agency", "note"})
public abstract non-sealed class AgencyConsultationReplied implements RequestEvent {
  AgencyConsultationReplied() {}

  /**
   * The consultation answered.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.consultationId.NotBlank}") String getConsultationId();

  /**
   * Name of the agency that replied.
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
   * Another agency's reply.
   *
   * @param date the day the reply was received; not null
   * @param consultationId the consultation answered; not blank
   * @param agency the agency's name; not null
   * @return the event
   */
  public static AgencyConsultationReplied of(LocalDate date, String consultationId, String agency) {
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

  /** Builds a {@link AgencyConsultationReplied}. */
  public static final class Builder extends ImmutableAgencyConsultationReplied.Builder {
    Builder() {}
  }
}

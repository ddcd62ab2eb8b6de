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
 * The agency consulted another administrative agency, e.g. a co-producer (2019 Art.34, which gives
 * it 15 working days; silence counts as consent). The time is excluded from the reply period
 * (Art.33(3)).
 *
 * <p>JSON type name {@code "agency-consultation-sent"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("agency-consultation-sent")
@JsonSerialize(as = ImmutableAgencyConsultationSent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgencyConsultationSent.class)
@JsonDeserialize(as = ImmutableAgencyConsultationSent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgencyConsultationSent.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "consultationId", "agency", "note"})
public abstract non-sealed class AgencyConsultationSent implements RequestEvent {
  AgencyConsultationSent() {}

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
   * Name of the agency consulted.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.event.agency.NotBlank}") String getAgency();

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * Always {@link EventKind#AGENCY_CONSULTATION_SENT}.
   *
   * @return the kind
   */
  @Override
  @JsonIgnore
  public final EventKind getKind() {
    return EventKind.AGENCY_CONSULTATION_SENT;
  }

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

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A request for government information (政府信息公开申请, 2019 Art.27–29) and its history.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The content the Regulation requires
 * (Art.29(2)): the applicant with name, identity proof and contacts; a description of the
 * information; the requested form and delivery. The history is {@link #getEvents()}, oldest first;
 * the receipt date is established by a {@link Received} event (Art.31), not by {@link
 * #getSubmittedOn()}.
 *
 * <p>The builder rejects: an id that is blank; a submission date before 2008-05-01, when no
 * Regulation was in force; an event dated before the submission date; events out of date order.
 * Whether a history makes sense (an answer before receipt, a reply to an unknown consultation) is
 * the lifecycle rules' concern.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInformationRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableInformationRequest.class)
@JsonDeserialize(as = ImmutableInformationRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableInformationRequest.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "agency",
  "applicant",
  "channel",
  "submittedOn",
  "description",
  "requestedForm",
  "delivery",
  "regimeOverride",
  "events"
})
public abstract class InformationRequest {
  InformationRequest() {}

  /**
   * The JSON schema version; {@link SchemaVersion#CURRENT} unless read from an older document.
   *
   * @return the version
   */
  @Value.Default
  public int getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  /**
   * The agency's reference for the request, unique within the agency.
   *
   * @return the id, not blank
   */
  public abstract @NotBlank(message = "{gongkai.request.id.NotBlank}") String getId();

  /**
   * The agency the request is addressed to.
   *
   * @return the agency's name
   */
  public abstract @NotBlank(message = "{gongkai.request.agency.NotBlank}") String getAgency();

  /**
   * The applicant.
   *
   * @return the applicant
   */
  public abstract @Valid Applicant getApplicant();

  /**
   * The channel of submission, which decides how the receipt date is established.
   *
   * @return the channel
   */
  public abstract Channel getChannel();

  /**
   * The day the applicant submitted (sent) the request. The receipt date is a {@link Received}
   * event.
   *
   * @return the submission date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getSubmittedOn();

  /**
   * The information requested: title, document number or another identifying description
   * (Art.29(2) item 2).
   *
   * @return the description
   */
  public abstract @NotBlank(message = "{gongkai.request.description.NotBlank}") @Size(
      max = 10_000,
      message = "{gongkai.request.description.Size}") String getDescription();

  /**
   * The form requested (Art.29(2) item 3).
   *
   * @return the form
   */
  public abstract InformationForm getRequestedForm();

  /**
   * How the applicant wants to obtain the information (Art.29(2) item 3).
   *
   * @return the delivery method
   */
  public abstract DeliveryMethod getDelivery();

  /**
   * The regime to apply instead of the one in force on the submission date, e.g. under a
   * transitional policy; null to use {@link Regime#forDate(LocalDate)}.
   *
   * @return the override, or null
   */
  public abstract @Nullable Regime getRegimeOverride();

  /**
   * The history of the request, oldest first.
   *
   * @return the events, unmodifiable
   */
  public abstract List<@Valid RequestEvent> getEvents();

  /**
   * The regime governing this request: the override if set, else the regime in force on the
   * submission date.
   *
   * @return the regime
   */
  @JsonIgnore
  public Regime getRegime() {
    Regime override = getRegimeOverride();
    return override != null ? override : Regime.forDate(getSubmittedOn());
  }

  /**
   * A copy of this request with {@code event} appended to the history.
   *
   * @param event the next event; not null, not dated before the last one
   * @return the new request
   * @throws InvalidValueException if the event is null or out of order
   */
  public InformationRequest withEvent(RequestEvent event) {
    InvalidValueException.requireNonNull(event, "event");
    List<RequestEvent> events = new ArrayList<>(getEvents());
    events.add(event);
    return builder().from(this).events(events).build();
  }

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    if (getId().isBlank()) {
      throw new InvalidValueException("id", getId(), "must not be blank");
    }
    if (getSubmittedOn().isBefore(Regime.R2008.getEffectiveFrom())) {
      throw new InvalidValueException(
          "submittedOn",
          getSubmittedOn().toString(),
          "must be on or after 2008-05-01, when the Regulation took effect");
    }
    LocalDate previous = getSubmittedOn();
    List<RequestEvent> events = getEvents();
    for (int i = 0; i < events.size(); i++) {
      RequestEvent e = events.get(i);
      if (e.getDate().isBefore(previous)) {
        String rule =
            i == 0
                ? "must not be dated before the submission date " + previous
                : "must not be dated before the previous event (" + previous + "): events are in history order";
        throw new InvalidValueException(
            "events[" + i + "].date", e.getKind().getCode() + " on " + e.getDate(), rule);
      }
      previous = e.getDate();
    }
  }

  /**
   * A short description for logs, with every identifier-like run masked (an identifier typed into
   * the id or agency is never shown whole); the applicant shows as {@link Applicant#toString()}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return Masking.maskIdentifiers(
        "InformationRequest{id=" + getId() + ", agency=" + getAgency() + ", channel="
            + getChannel().getCode() + ", submittedOn=" + getSubmittedOn() + ", applicant="
            + getApplicant() + ", events=" + getEvents().size() + "}");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InformationRequest}. */
  public static final class Builder extends ImmutableInformationRequest.Builder {
    Builder() {}
  }
}

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step in the history of a disclosure request. A sealed family: the permitted subtypes are
 * exactly the kinds listed in {@link EventKind}, one subtype per kind.
 *
 * <p>In JSON an event is an object with a {@code "type"} property holding its {@link
 * EventKind#getCode() kind code}, e.g. {@code {"type":"received","date":"2024-03-01"}}; dates are
 * {@code yyyy-MM-dd} strings and a missing note is left out. The date, the note and the kind are
 * declared here once, with their JSON and validation annotations; each subtype adds its own
 * attributes.
 *
 * <p>Every event is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Received.class, name = "received"),
  @JsonSubTypes.Type(value = CorrectionRequested.class, name = "correction-requested"),
  @JsonSubTypes.Type(value = Corrected.class, name = "corrected"),
  @JsonSubTypes.Type(value = ThirdPartyConsultationSent.class, name = "third-party-consultation-sent"),
  @JsonSubTypes.Type(value = ThirdPartyReplied.class, name = "third-party-replied"),
  @JsonSubTypes.Type(value = AgencyConsultationSent.class, name = "agency-consultation-sent"),
  @JsonSubTypes.Type(value = AgencyConsultationReplied.class, name = "agency-consultation-replied"),
  @JsonSubTypes.Type(value = ExtensionApproved.class, name = "extension-approved"),
  @JsonSubTypes.Type(value = Art35DeadlineSet.class, name = "art35-deadline-set"),
  @JsonSubTypes.Type(value = FeeNoticeIssued.class, name = "fee-notice-issued"),
  @JsonSubTypes.Type(value = FeePaid.class, name = "fee-paid"),
  @JsonSubTypes.Type(value = Answered.class, name = "answered"),
  @JsonSubTypes.Type(value = Withdrawn.class, name = "withdrawn"),
  @JsonSubTypes.Type(value = DeemedAbandoned.class, name = "deemed-abandoned")
})
public sealed interface RequestEvent
    permits Received,
        CorrectionRequested,
        Corrected,
        ThirdPartyConsultationSent,
        ThirdPartyReplied,
        AgencyConsultationSent,
        AgencyConsultationReplied,
        ExtensionApproved,
        Art35DeadlineSet,
        FeeNoticeIssued,
        FeePaid,
        Answered,
        Withdrawn,
        DeemedAbandoned {

  /**
   * The day the event happened, in the sense each subtype documents.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  LocalDate getDate();

  /**
   * A free-text note, e.g. the reference number of the letter.
   *
   * @return the note, or null
   */
  @Nullable @Size(max = 2000, message = "{gongkai.event.note.Size}") String getNote();

  /**
   * The kind of event; its code is the JSON type name.
   *
   * @return the kind
   */
  @JsonIgnore
  default EventKind getKind() {
    return EventKind.of(this);
  }
}

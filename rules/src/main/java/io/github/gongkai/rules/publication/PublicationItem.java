package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A proactive item being tracked to publication: the day it was formed and, if so, changed (the
 * time limit of 《中华人民共和国政府信息公开条例》第二十六条 runs from the later), its catalogue class (for a
 * per-class limit), and its dated records — drafted, submitted for approval, published, withdrawn,
 * corrected (an agency's 生成 → 报批 → 公开).
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder refuses a blank id or
 * title, a change before the formation, records out of date order or before the formation, and a
 * withdrawal or correction of an item not published then.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationItem.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationItem.class)
@JsonDeserialize(as = ImmutablePublicationItem.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicationItem.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion", "id", "title", "documentNumber", "catalogueClass", "formedOn", "changedOn", "events"
})
public abstract class PublicationItem {
  PublicationItem() {}

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
   * The item's id, e.g. its 索引号.
   *
   * @return the id, not blank
   */
  public abstract String getId();

  /**
   * The title.
   *
   * @return the title, not blank
   */
  public abstract String getTitle();

  /**
   * The document number (文号), if any.
   *
   * @return the number, or null
   */
  public abstract @Nullable String getDocumentNumber();

  /**
   * The agency's catalogue class (e.g. 行政许可), keying a per-class limit of {@link
   * PublicationPolicy#getClassWorkingDays()}.
   *
   * @return the class, or null
   */
  public abstract @Nullable String getCatalogueClass();

  /**
   * The day the information was formed (形成).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getFormedOn();

  /**
   * The day it last changed (变更), if it did.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getChangedOn();

  /**
   * The dated records, in date order.
   *
   * @return the records
   */
  public abstract List<PublicationEvent> getEvents();

  /**
   * The day the time limit runs from: the change date, else the formation date (Art.26 "形成或者变更之日").
   *
   * @return the date
   */
  @JsonIgnore
  public LocalDate getClockStart() {
    LocalDate changed = getChangedOn();
    return changed != null ? changed : getFormedOn();
  }

  /**
   * The state at the end of a day, from the records dated on or before it; {@link
   * PublicationState#DRAFTED} before any.
   *
   * @param date the day; not null
   * @return the state
   */
  public PublicationState stateAsOf(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    PublicationState state = PublicationState.DRAFTED;
    for (PublicationEvent e : getEvents()) {
      if (e.getDate().isAfter(date)) {
        break;
      }
      state = next(state, e.getKind());
    }
    return state;
  }

  /**
   * The state after every record.
   *
   * @return the state
   */
  @JsonIgnore
  public PublicationState getState() {
    PublicationState state = PublicationState.DRAFTED;
    for (PublicationEvent e : getEvents()) {
      state = next(state, e.getKind());
    }
    return state;
  }

  /**
   * The day the Art.26 duty was met: the first publication or correction on or after {@link
   * #getClockStart()} (a publication before a change does not publish the change).
   *
   * @return the date, or null if not yet
   */
  @JsonIgnore
  public @Nullable LocalDate getPublishedOn() {
    LocalDate start = getClockStart();
    for (PublicationEvent e : getEvents()) {
      if ((e.getKind() == PublicationEventKind.PUBLISHED || e.getKind() == PublicationEventKind.CORRECTED)
          && !e.getDate().isBefore(start)) {
        return e.getDate();
      }
    }
    return null;
  }

  private static @Nullable PublicationState step(PublicationState state, PublicationEventKind kind) {
    boolean published = state == PublicationState.PUBLISHED || state == PublicationState.CORRECTED;
    switch (kind) {
      case DRAFTED:
        return published ? null : PublicationState.DRAFTED;
      case SUBMITTED:
        return published ? null : PublicationState.AWAITING_APPROVAL;
      case PUBLISHED:
        return PublicationState.PUBLISHED;
      case WITHDRAWN:
        return published ? PublicationState.WITHDRAWN : null;
      default:
        return published ? PublicationState.CORRECTED : null;
    }
  }

  private static PublicationState next(PublicationState state, PublicationEventKind kind) {
    PublicationState s = step(state, kind);
    return s == null ? state : s;
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException("id", getId(), "must not be blank");
    }
    if (getTitle().isBlank()) {
      throw new InvalidValueException("title", getTitle(), "must not be blank");
    }
    LocalDate changed = getChangedOn();
    if (changed != null && changed.isBefore(getFormedOn())) {
      throw new InvalidValueException(
          "changedOn", changed.toString(), "must not be before formedOn " + getFormedOn());
    }
    LocalDate previous = getFormedOn();
    PublicationState state = PublicationState.DRAFTED;
    List<PublicationEvent> events = getEvents();
    for (int i = 0; i < events.size(); i++) {
      PublicationEvent e = events.get(i);
      String field = "events[" + i + "]";
      if (e.getDate().isBefore(previous)) {
        throw new InvalidValueException(
            field + ".date",
            e.getDate().toString(),
            i == 0 ? "must not be before formedOn " + getFormedOn() : "must not be before the previous record's " + previous);
      }
      PublicationState s = step(state, e.getKind());
      if (s == null) {
        throw new InvalidValueException(
            field + ".kind", e.getKind().getCode(), "is not possible when the item is " + state.getCode());
      }
      state = s;
      previous = e.getDate();
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicationItem}. */
  public static final class Builder extends ImmutablePublicationItem.Builder {
    Builder() {}
  }
}

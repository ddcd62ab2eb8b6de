package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.request.InformationRequest;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One line of an agenda input (JSON Lines): an object with exactly one field naming what the line
 * holds — {@code {"item": {…}}} a {@link PublicationItem}, {@code {"decision": {…}}} an {@link
 * EnforcementDecision}, {@code {"request": {…}}} an {@link InformationRequest}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgendaRecord.class)
@JsonDeserialize(as = ImmutableAgendaRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgendaRecord.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"item", "decision", "request"})
public abstract class AgendaRecord {
  AgendaRecord() {}

  /**
   * A proactive item.
   *
   * @return the item, or null
   */
  public abstract @Nullable PublicationItem getItem();

  /**
   * A 双公示 decision.
   *
   * @return the decision, or null
   */
  public abstract @Nullable EnforcementDecision getDecision();

  /**
   * A disclosure request.
   *
   * @return the request, or null
   */
  public abstract @Nullable InformationRequest getRequest();

  /**
   * A line holding an item.
   *
   * @param item the item; not null
   * @return the record
   */
  public static AgendaRecord of(PublicationItem item) {
    return ImmutableAgendaRecord.builder().item(item).build();
  }

  /**
   * A line holding a decision.
   *
   * @param decision the decision; not null
   * @return the record
   */
  public static AgendaRecord of(EnforcementDecision decision) {
    return ImmutableAgendaRecord.builder().decision(decision).build();
  }

  /**
   * A line holding a request.
   *
   * @param request the request; not null
   * @return the record
   */
  public static AgendaRecord of(InformationRequest request) {
    return ImmutableAgendaRecord.builder().request(request).build();
  }

  @Value.Check
  void check() {
    int n = (getItem() == null ? 0 : 1) + (getDecision() == null ? 0 : 1) + (getRequest() == null ? 0 : 1);
    if (n != 1) {
      throw new InvalidValueException(
          "item", n == 0 ? null : "several", "exactly one of item, decision or request is required");
    }
  }
}

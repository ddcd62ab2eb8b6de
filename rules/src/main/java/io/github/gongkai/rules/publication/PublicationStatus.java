package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.rules.deadline.Deadline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One publication duty of an item or decision: what is to be done, from which day, by when (with
 * the trace), and the day it was done.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationStatus.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationStatus.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"subject", "id", "duty", "state", "countedFrom", "dueDate", "doneOn", "onTime", "deadline"})
public abstract class PublicationStatus {
  PublicationStatus() {}

  /**
   * What the duty is about.
   *
   * @return the subject
   */
  public abstract AgendaSubject getSubject();

  /**
   * The item's id or the decision number.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * The duty.
   *
   * @return the duty
   */
  public abstract AgendaDuty getDuty();

  /**
   * An item's state after all its records; null for a decision.
   *
   * @return the state, or null
   */
  public abstract @Nullable PublicationState getState();

  /**
   * The day the limit runs from (formation or change, decision, revision).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getCountedFrom();

  /**
   * The due date and its trace.
   *
   * @return the deadline
   */
  public abstract Deadline getDeadline();

  /**
   * The due date.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Value.Derived
  public LocalDate getDueDate() {
    return getDeadline().getDueDate();
  }

  /**
   * The day the duty was done (published, corrected after a change, withdrawn).
   *
   * @return the date, or null if not done
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getDoneOn();

  /**
   * Whether it was done, on or before the due date.
   *
   * @return true if done in time
   */
  @Value.Derived
  public boolean isOnTime() {
    LocalDate done = getDoneOn();
    return done != null && !done.isAfter(getDueDate());
  }

  /**
   * Whether it was done on or before a day.
   *
   * @param asOf the day; not null
   * @return true if done by then
   */
  public boolean isDoneBy(LocalDate asOf) {
    InvalidValueException.requireNonNull(asOf, "asOf");
    LocalDate done = getDoneOn();
    return done != null && !done.isAfter(asOf);
  }

  /**
   * Whether it is late on a day: not done by then and the due date passed.
   *
   * @param asOf the day; not null
   * @return true if overdue
   */
  public boolean isOverdue(LocalDate asOf) {
    return daysOverdue(asOf) > 0 && !isDoneBy(asOf);
  }

  /**
   * Calendar days late on a day: from the due date to {@code asOf}, or to the day it was done if
   * earlier; 0 when not late.
   *
   * @param asOf the day; not null
   * @return the days, 0 or more
   */
  @JsonIgnore
  public long daysOverdue(LocalDate asOf) {
    return Math.max(0, ChronoUnit.DAYS.between(getDueDate(), lateUntil(asOf)));
  }

  /**
   * The day lateness is counted to: {@code asOf}, or the day the duty was done if earlier.
   *
   * @param asOf the day; not null
   * @return the day
   */
  LocalDate lateUntil(LocalDate asOf) {
    InvalidValueException.requireNonNull(asOf, "asOf");
    LocalDate done = getDoneOn();
    return done != null && done.isBefore(asOf) ? done : asOf;
  }
}

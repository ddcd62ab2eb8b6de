package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A single due date with its trace and calendar version: a correction notice, a consulted party's
 * reply, a fee payment, a proactive publication, a 双公示 decision's publication or withdrawal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadline.class)
@JsonPropertyOrder({"dueDate", "calendarVersion", "trace"})
public abstract class Deadline {
  Deadline() {}

  /**
   * The last day.
   *
   * @return the due date
   */
  public abstract LocalDate getDueDate();

  /**
   * The version of the working calendar used.
   *
   * @return the calendar version
   */
  public abstract String getCalendarVersion();

  /**
   * How the date was found.
   *
   * @return the steps
   */
  public abstract List<DeadlineStep> getTrace();

  /**
   * A deadline from its steps, for rules that combine the steps of {@link
   * DeadlineEngine#publicationStep} (the publication time limits of {@code
   * io.github.gongkai.rules.publication}).
   *
   * @param due the binding due date; not null
   * @param version the calendar version; not null
   * @param trace the steps, in order; not null
   * @return the deadline
   */
  public static Deadline of(LocalDate due, String version, List<DeadlineStep> trace) {
    return ImmutableDeadline.builder().dueDate(due).calendarVersion(version).trace(trace).build();
  }
}

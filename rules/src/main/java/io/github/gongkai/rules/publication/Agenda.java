package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What is overdue or coming due on a day: every duty not done by the end of that day whose due date
 * has passed ({@link #getOverdue()}, with days late) or falls on that day or within the next {@link
 * #getWithinWorkingDays()} working days ({@link #getDueSoon()}, with working days left), across
 * proactive items, 双公示 decisions and open disclosure requests. Duties not yet arisen on the day
 * (information formed later, a request not yet received) are left out. Entries are in due-date
 * order. Built by {@link AgendaBuilder}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgenda.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgenda.class)
@JsonPropertyOrder({"asOf", "withinWorkingDays", "windowEnd", "calendarVersion", "overdueCount", "dueSoonCount", "overdue", "dueSoon"})
public abstract class Agenda {
  Agenda() {}

  /**
   * The agenda date.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getAsOf();

  /**
   * The window of working days after the agenda date.
   *
   * @return the days, 0 or more
   */
  public abstract int getWithinWorkingDays();

  /**
   * The last day of the window: the agenda date plus {@link #getWithinWorkingDays()} working days.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getWindowEnd();

  /**
   * The version of the working calendar used.
   *
   * @return the version
   */
  public abstract String getCalendarVersion();

  /**
   * The duties overdue on the agenda date, in due-date order.
   *
   * @return the entries
   */
  public abstract List<AgendaEntry> getOverdue();

  /**
   * The duties due from the agenda date to the end of the window, in due-date order.
   *
   * @return the entries
   */
  public abstract List<AgendaEntry> getDueSoon();

  /**
   * The number of overdue duties.
   *
   * @return the count
   */
  @Value.Derived
  public int getOverdueCount() {
    return getOverdue().size();
  }

  /**
   * The number of duties due soon.
   *
   * @return the count
   */
  @Value.Derived
  public int getDueSoonCount() {
    return getDueSoon().size();
  }
}

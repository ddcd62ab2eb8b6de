package io.github.gongkai.rules.publication;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.rules.deadline.Deadline;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.deadline.DeadlineRule;
import io.github.gongkai.rules.deadline.DeadlineStep;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.LifecyclePolicy;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the duties of items, decisions and requests into an {@link Agenda} on a day. A duty is
 * listed when it has arisen by the agenda date, is not done by the end of that day, and is due on
 * or before the end of the window: overdue when due before the agenda date, due soon otherwise. A
 * proactive item withdrawn on the agenda date has no duty; a request is listed while it is open on
 * the agenda date ({@link RequestStatus#isOpenAt(LocalDate)}), with its binding reply date.
 *
 * <p>Not thread-safe: one builder per agenda. Get one from {@link PublicationTracker#agenda}.
 */
public final class AgendaBuilder {
  private final PublicationTracker tracker;
  private final LocalDate asOf;
  private final int within;
  private final LocalDate windowEnd;
  private final List<AgendaEntry> entries = new ArrayList<>();

  AgendaBuilder(PublicationTracker tracker, LocalDate asOf, int within) {
    this.tracker = tracker;
    this.asOf = InvalidValueException.requireNonNull(asOf, "asOf");
    if (within < 0) {
      throw new InvalidValueException("withinWorkingDays", Integer.toString(within), "must be 0 or more");
    }
    this.within = within;
    this.windowEnd = tracker.getDeadlines().getEngine().plusWorkingDays(asOf, within);
  }

  /**
   * The last day of the window.
   *
   * @return the agenda date plus the window's working days
   */
  public LocalDate getWindowEnd() {
    return windowEnd;
  }

  /**
   * Adds a proactive item's duty.
   *
   * @param item the item; not null
   * @return this builder
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public AgendaBuilder add(PublicationItem item) {
    InvalidValueException.requireNonNull(item, "item");
    if (item.getClockStart().isAfter(asOf) || item.stateAsOf(asOf) == PublicationState.WITHDRAWN) {
      return this;
    }
    consider(tracker.status(item), item.getTitle(), null);
    return this;
  }

  /**
   * Adds a decision's duties.
   *
   * @param decision the decision; not null
   * @return this builder
   * @throws InvalidValueException if the policy's route was not in force on a date counted from
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public AgendaBuilder add(EnforcementDecision decision) {
    InvalidValueException.requireNonNull(decision, "decision");
    for (PublicationStatus s : tracker.statuses(decision)) {
      if (!s.getCountedFrom().isAfter(asOf)) {
        consider(s, decision.getMatter(), decision.getParty().getDisplayName());
      }
    }
    return this;
  }

  /**
   * Adds a request, replayed by {@link Lifecycle} on the tracker's calendar with the policy's
   * deadline conventions.
   *
   * @param request the request; not null
   * @return this builder
   * @throws io.github.gongkai.rules.lifecycle.InconsistentHistoryException if its history is impossible
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public AgendaBuilder add(InformationRequest request) {
    InvalidValueException.requireNonNull(request, "request");
    LifecyclePolicy policy =
        LifecyclePolicy.builder().deadlinePolicy(tracker.getPolicy().getDeadlinePolicy()).build();
    return add(Lifecycle.of(request, tracker.getDeadlines().getEngine().getCalendar(), policy));
  }

  /**
   * Adds a request's reply duty while it is open on the agenda date.
   *
   * @param status the request's status; not null
   * @return this builder
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public AgendaBuilder add(RequestStatus status) {
    InvalidValueException.requireNonNull(status, "status");
    if (!status.isOpenAt(asOf)) {
      return this;
    }
    DeadlineResult deadline = status.getDeadline().orElse(null);
    if (deadline == null) {
      return this;
    }
    LocalDate due = deadline.getEffectiveDueDate();
    if (due.isAfter(windowEnd)) {
      return this;
    }
    DeadlineStep binding = bindingStep(deadline);
    entries.add(entry(AgendaSubject.REQUEST, status.getRequestId(), AgendaDuty.REPLY, null, null,
        deadline.getClockStart(), due, binding));
    return this;
  }

  /**
   * Adds one line of an agenda input.
   *
   * @param record the record; not null
   * @return this builder
   */
  public AgendaBuilder add(AgendaRecord record) {
    InvalidValueException.requireNonNull(record, "record");
    PublicationItem item = record.getItem();
    EnforcementDecision decision = record.getDecision();
    InformationRequest request = record.getRequest();
    if (item != null) {
      return add(item);
    }
    if (decision != null) {
      return add(decision);
    }
    return add(InvalidValueException.requireNonNull(request, "request"));
  }

  /**
   * The agenda.
   *
   * @return the agenda, entries in due-date order
   */
  public Agenda build() {
    List<AgendaEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(AgendaEntry::getDueDate)
            .thenComparing(e -> e.getSubject().ordinal())
            .thenComparing(AgendaEntry::getId)
            .thenComparing(e -> e.getDuty().ordinal()));
    List<AgendaEntry> overdue = new ArrayList<>();
    List<AgendaEntry> soon = new ArrayList<>();
    for (AgendaEntry e : sorted) {
      (e.getStatus() == AgendaStatus.OVERDUE ? overdue : soon).add(e);
    }
    return ImmutableAgenda.builder()
        .asOf(asOf)
        .withinWorkingDays(within)
        .windowEnd(windowEnd)
        .calendarVersion(tracker.getDeadlines().getEngine().getCalendar().getVersion())
        .overdue(overdue)
        .dueSoon(soon)
        .build();
  }

  private void consider(PublicationStatus s, @Nullable String title, @Nullable String party) {
    if (s.isDoneBy(asOf) || s.getDueDate().isAfter(windowEnd)) {
      return;
    }
    Deadline d = s.getDeadline();
    DeadlineStep binding = d.getTrace().get(d.getTrace().size() - 1);
    entries.add(entry(s.getSubject(), s.getId(), s.getDuty(), title, party,
        s.getCountedFrom(), s.getDueDate(), binding));
  }

  private AgendaEntry entry(
      AgendaSubject subject,
      String id,
      AgendaDuty duty,
      @Nullable String title,
      @Nullable String party,
      LocalDate from,
      LocalDate due,
      DeadlineStep binding) {
    boolean overdue = due.isBefore(asOf);
    LegalBasis basis = binding.getLegalBasis();
    ImmutableAgendaEntry.Builder b =
        ImmutableAgendaEntry.builder()
            .status(overdue ? AgendaStatus.OVERDUE : AgendaStatus.DUE_SOON)
            .subject(subject)
            .id(id)
            .duty(duty)
            .title(title)
            .party(party)
            .countedFrom(from)
            .dueDate(due)
            .citation(basis == null ? null : basis.toChinese())
            .interpretation(basis != null && basis.isInterpretation())
            .policy(binding.getPolicy());
    if (overdue) {
      b.daysLate(ChronoUnit.DAYS.between(due, asOf))
          .workingDaysLate(tracker.getDeadlines().workingDaysBetween(due, asOf));
    } else {
      b.workingDaysLeft(tracker.getDeadlines().workingDaysBetween(asOf, due));
    }
    return b.build();
  }

  /** The step that set a request's binding reply date: the Art.35 date, a granted extension, or the reply period. */
  private static DeadlineStep bindingStep(DeadlineResult r) {
    DeadlineRule wanted =
        r.getArt35DueDate() != null
            ? DeadlineRule.ART35_DATE
            : r.isExtensionGranted() ? DeadlineRule.EXTENSION : DeadlineRule.REPLY_PERIOD;
    DeadlineStep found = null;
    for (DeadlineStep s : r.getTrace()) {
      if (s.getRule() == wanted) {
        found = s;
      }
    }
    return found != null ? found : r.getTrace().get(r.getTrace().size() - 1);
  }
}

package io.github.gongkai.rules.publication;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where proactive items and 双公示 decisions stand: their publication duties with due dates
 * ({@link PublicationDeadlines}), state, lateness, exclusions, the on-time publication rate, the
 * counts of table 二, and the agenda on a day.
 *
 * <ul>
 *   <li>An item has one duty, {@link AgendaDuty#PROACTIVE}: publish within the limit from its
 *       formation or latest change, done on its first publication or correction on or after that day.
 *   <li>A decision not excluded has the duty to publish it ({@link AgendaDuty#LICENCE} or {@link
 *       AgendaDuty#PENALTY}) from the decision date, done on its publication; a published penalty
 *       decision later revised also has {@link AgendaDuty#WITHDRAWAL} from the revision, done on
 *       the withdrawal (行政处罚法 Art.48 speaks of penalty decisions only, so licences have none).
 *   <li>A decision is excluded when the agency withholds it ({@link EnforcementDecision#getWithheld()})
 *       or its category is one the policy excludes.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PublicationTracker {
  private final PublicationDeadlines deadlines;

  private PublicationTracker(PublicationDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * A tracker under the default policy.
   *
   * @param calendar the working calendar; not null
   * @return the tracker
   */
  public static PublicationTracker of(WorkingCalendar calendar) {
    return of(calendar, PublicationPolicy.defaults());
  }

  /**
   * A tracker.
   *
   * @param calendar the working calendar; not null
   * @param policy the policy; not null
   * @return the tracker
   */
  public static PublicationTracker of(WorkingCalendar calendar, PublicationPolicy policy) {
    return new PublicationTracker(PublicationDeadlines.of(calendar, policy));
  }

  /**
   * The due-date rules used.
   *
   * @return the rules
   */
  public PublicationDeadlines getDeadlines() {
    return deadlines;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public PublicationPolicy getPolicy() {
    return deadlines.getPolicy();
  }

  /**
   * The duty of a proactive item.
   *
   * @param item the item; not null
   * @return its status
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public PublicationStatus status(PublicationItem item) {
    InvalidValueException.requireNonNull(item, "item");
    LocalDate from = item.getClockStart();
    return ImmutablePublicationStatus.builder()
        .subject(AgendaSubject.ITEM)
        .id(item.getId())
        .duty(AgendaDuty.PROACTIVE)
        .state(item.getState())
        .countedFrom(from)
        .deadline(deadlines.due(PublicationKind.PROACTIVE, from, item.getCatalogueClass()))
        .doneOn(item.getPublishedOn())
        .build();
  }

  /**
   * Why a decision is not published: the agency withholds it, or its category is excluded by the
   * policy.
   *
   * @param decision the decision; not null
   * @return the reason, empty when it is to be published
   */
  public Optional<ExclusionReason> exclusion(EnforcementDecision decision) {
    InvalidValueException.requireNonNull(decision, "decision");
    ExclusionReason withheld = decision.getWithheld();
    if (withheld != null) {
      return Optional.of(withheld);
    }
    String category = decision.getCategory();
    if (category != null && getPolicy().getExcludedCategories().contains(category)) {
      return Optional.of(ExclusionReason.EXCLUDED_CATEGORY);
    }
    return Optional.empty();
  }

  /**
   * The duties of a decision: publication unless excluded, and withdrawal of a published penalty
   * decision after its revision.
   *
   * @param decision the decision; not null
   * @return the duties, possibly none
   * @throws InvalidValueException if the policy's route was not in force on a date counted from
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public List<PublicationStatus> statuses(EnforcementDecision decision) {
    InvalidValueException.requireNonNull(decision, "decision");
    List<PublicationStatus> out = new ArrayList<>(2);
    String id = decision.getDecisionNumber();
    boolean penalty = decision.getKind() == EnforcementKind.PENALTY;
    if (exclusion(decision).isEmpty()) {
      PublicationKind kind = penalty ? PublicationKind.PENALTY : PublicationKind.LICENCE;
      out.add(
          ImmutablePublicationStatus.builder()
              .subject(AgendaSubject.DECISION)
              .id(id)
              .duty(penalty ? AgendaDuty.PENALTY : AgendaDuty.LICENCE)
              .countedFrom(decision.getDecidedOn())
              .deadline(deadlines.due(kind, decision.getDecidedOn()))
              .doneOn(decision.getPublishedOn())
              .build());
    }
    LocalDate revised = decision.getRevisedOn();
    if (penalty && revised != null && decision.getPublishedOn() != null) {
      out.add(
          ImmutablePublicationStatus.builder()
              .subject(AgendaSubject.DECISION)
              .id(id)
              .duty(AgendaDuty.WITHDRAWAL)
              .countedFrom(revised)
              .deadline(deadlines.due(PublicationKind.WITHDRAWAL, revised))
              .doneOn(decision.getWithdrawnOn())
              .build());
    }
    return out;
  }

  /**
   * Working days late on a day: the working days after the due date up to {@code asOf}, or up to
   * the day the duty was done if earlier; 0 when not late.
   *
   * @param status the duty; not null
   * @param asOf the day; not null
   * @return the working days, 0 or more
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public int workingDaysOverdue(PublicationStatus status, LocalDate asOf) {
    InvalidValueException.requireNonNull(status, "status");
    return deadlines.workingDaysBetween(status.getDueDate(), status.lateUntil(asOf));
  }

  /**
   * The on-time publication rate of decisions on a day. No instrument defines it
   * (docs/legal-reference.md §8C); gongkai's formula, an interpretation: the denominator is the
   * decisions not excluded whose publication was due on or before {@code asOf}; the numerator, those
   * of them published on or before their due date. Decisions not yet due are left out even if
   * already published, so the rate is over duties that have come due.
   *
   * @param decisions the decisions; not null
   * @param asOf the day; not null
   * @return the rate
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public PublicationRate onTimeRate(Iterable<EnforcementDecision> decisions, LocalDate asOf) {
    InvalidValueException.requireNonNull(decisions, "decisions");
    List<PublicationStatus> due = new ArrayList<>();
    for (EnforcementDecision d : decisions) {
      for (PublicationStatus s : statuses(d)) {
        if (s.getDuty() != AgendaDuty.WITHDRAWAL) {
          due.add(s);
        }
      }
    }
    return rate(due, asOf);
  }

  /**
   * The on-time publication rate of proactive items on a day, by the formula of {@link
   * #onTimeRate(Iterable, LocalDate)}.
   *
   * @param items the items; not null
   * @param asOf the day; not null
   * @return the rate
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public PublicationRate onTimeRateOfItems(Iterable<PublicationItem> items, LocalDate asOf) {
    InvalidValueException.requireNonNull(items, "items");
    List<PublicationStatus> due = new ArrayList<>();
    for (PublicationItem i : items) {
      due.add(status(i));
    }
    return rate(due, asOf);
  }

  private static PublicationRate rate(List<PublicationStatus> statuses, LocalDate asOf) {
    InvalidValueException.requireNonNull(asOf, "asOf");
    int denominator = 0;
    int numerator = 0;
    for (PublicationStatus s : statuses) {
      if (!s.getDueDate().isAfter(asOf)) {
        denominator++;
        if (s.isOnTime()) {
          numerator++;
        }
      }
    }
    return PublicationRate.of(numerator, denominator);
  }

  /**
   * The decisions made in a period, counted for table 二 (本年处理决定数量 of the 行政许可 and 行政处罚
   * rows), with how many were published by the end of the period and how many are excluded.
   *
   * @param decisions the decisions; not null
   * @param from the first day; not null
   * @param to the last day, not before {@code from}; not null
   * @return the counts
   */
  public DecisionCounts counts(Iterable<EnforcementDecision> decisions, LocalDate from, LocalDate to) {
    InvalidValueException.requireNonNull(decisions, "decisions");
    InvalidValueException.requireNonNull(from, "from");
    InvalidValueException.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to.toString(), "must not be before from " + from);
    }
    int[] made = new int[2];
    int[] published = new int[2];
    int[] excluded = new int[2];
    for (EnforcementDecision d : decisions) {
      if (d.getDecidedOn().isBefore(from) || d.getDecidedOn().isAfter(to)) {
        continue;
      }
      int k = d.getKind().ordinal();
      made[k]++;
      LocalDate p = d.getPublishedOn();
      if (p != null && !p.isAfter(to)) {
        published[k]++;
      }
      if (exclusion(d).isPresent()) {
        excluded[k]++;
      }
    }
    int l = EnforcementKind.LICENCE.ordinal();
    int p = EnforcementKind.PENALTY.ordinal();
    return ImmutableDecisionCounts.builder()
        .periodFrom(from)
        .periodTo(to)
        .licensingDecisions(made[l])
        .licensingPublished(published[l])
        .licensingExcluded(excluded[l])
        .penaltyDecisions(made[p])
        .penaltiesPublished(published[p])
        .penaltiesExcluded(excluded[p])
        .build();
  }

  /**
   * An agenda on a day: add items, decisions and requests, then build.
   *
   * @param asOf the agenda date; not null
   * @param withinWorkingDays the window after it, 0 or more
   * @return the builder
   * @throws InvalidValueException if the window is negative
   * @throws CalendarCoverageException if the window's end lies outside the calendar
   */
  public AgendaBuilder agenda(LocalDate asOf, int withinWorkingDays) {
    return new AgendaBuilder(this, asOf, withinWorkingDays);
  }
}

package io.github.gongkai.rules.publication;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.rules.deadline.Deadline;
import io.github.gongkai.rules.deadline.DeadlineEngine;
import io.github.gongkai.rules.deadline.DeadlineRule;
import io.github.gongkai.rules.deadline.DeadlineStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Publication due dates on a working calendar, with the conventions of the request deadlines ({@link
 * DeadlineEngine}): the day counted from is not counted, 调休 make-up working days count unless the
 * deadline policy says otherwise, a date outside the calendar fails with its {@link
 * CalendarCoverageException}.
 *
 * <ul>
 *   <li>{@link PublicationKind#PROACTIVE}: 20 working days after the information is formed or
 *       changed (《中华人民共和国政府信息公开条例》第二十六条; 2008 第十八条); a stricter local or per-class
 *       limit of the {@link PublicationPolicy} is a second trace step and binds.
 *   <li>{@link PublicationKind#LICENCE}, {@link PublicationKind#PENALTY}: 7 working days after the
 *       decision (国办发〔2015〕51号 — policy, its citation marked as an interpretation), or 20 for
 *       market-regulation penalties (国家市场监督管理总局令第45号, decisions from 2021-09-01).
 *   <li>{@link PublicationKind#WITHDRAWAL}: 3 working days after the decision was changed, revoked
 *       or held unlawful or void (《中华人民共和国行政处罚法》第四十八条; the days are working days by
 *       第八十五条, a trace step of its own), or 总局令第45号's 3 working days.
 * </ul>
 *
 * <p>Each result is a {@link Deadline}: the due date, the calendar version and the trace, each step
 * naming its provision and, where a policy chose the value, the parameter. Immutable and
 * thread-safe.
 */
public final class PublicationDeadlines {
  private final DeadlineEngine engine;
  private final PublicationPolicy policy;

  private PublicationDeadlines(DeadlineEngine engine, PublicationPolicy policy) {
    this.engine = engine;
    this.policy = policy;
  }

  /**
   * Due dates under the default policy.
   *
   * @param calendar the working calendar; not null
   * @return the rules
   */
  public static PublicationDeadlines of(WorkingCalendar calendar) {
    return of(calendar, PublicationPolicy.defaults());
  }

  /**
   * Due dates under a policy.
   *
   * @param calendar the working calendar; not null
   * @param policy the policy; not null
   * @return the rules
   */
  public static PublicationDeadlines of(WorkingCalendar calendar, PublicationPolicy policy) {
    InvalidValueException.requireNonNull(calendar, "calendar");
    InvalidValueException.requireNonNull(policy, "policy");
    return new PublicationDeadlines(DeadlineEngine.of(calendar, policy.getDeadlinePolicy()), policy);
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public PublicationPolicy getPolicy() {
    return policy;
  }

  /**
   * The deadline engine counting the days (its calendar and deadline policy).
   *
   * @return the engine
   */
  public DeadlineEngine getEngine() {
    return engine;
  }

  /**
   * The due date of a publication; for {@link PublicationKind#PROACTIVE} without a catalogue class.
   *
   * @param kind the kind; not null
   * @param from the day the information was formed or changed, the decision made, or the decision
   *     changed or revoked; not null
   * @return the deadline with its trace
   * @throws InvalidValueException if the route's instrument was not in force on {@code from}
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public Deadline due(PublicationKind kind, LocalDate from) {
    return due(kind, from, null);
  }

  /**
   * The due date of a publication, with the per-class limit of a proactive item's catalogue class.
   *
   * @param kind the kind; not null
   * @param from the day counted from; not null
   * @param catalogueClass the proactive item's catalogue class, or null (ignored for other kinds)
   * @return the deadline with its trace
   * @throws InvalidValueException if the route's instrument was not in force on {@code from}
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public Deadline due(PublicationKind kind, LocalDate from, @Nullable String catalogueClass) {
    InvalidValueException.requireNonNull(kind, "kind");
    InvalidValueException.requireNonNull(from, "from");
    PublicationRoute route = kind == PublicationKind.PROACTIVE || kind == PublicationKind.LICENCE
        ? PublicationRoute.GENERAL
        : policy.getPenaltyRoute();
    PublicationLimit row = PublicationLimits.of(kind, route, from);
    List<DeadlineStep> trace = new ArrayList<>();
    LegalBasis days = row.getWorkingDaysBasis();
    if (days != null) {
      trace.add(engine.publicationStep(DeadlineRule.WORKING_DAYS, days, null, from, 0));
    }
    DeadlineRule rule = rule(kind);
    Integer limit;
    String parameter;
    if (kind == PublicationKind.PROACTIVE) {
      Integer perClass = catalogueClass == null ? null : policy.getClassWorkingDays().get(catalogueClass);
      limit = perClass != null ? perClass : policy.limitFor(kind);
      parameter = perClass != null
          ? "classWorkingDays[" + catalogueClass + "]=" + perClass
          : "proactiveWorkingDays=" + limit;
    } else {
      limit = policy.limitFor(kind);
      parameter = parameterName(kind) + "=" + limit;
    }
    String routeParameter = route == PublicationRoute.GENERAL ? null : "penaltyRoute=" + route.getCode();
    if (row.isPolicy()) {
      // the table's value is itself policy: one step naming the parameter that chose the days
      int n = limit != null ? limit : row.getWorkingDays();
      trace.add(engine.publicationStep(rule, row.getLegalBasis(), parameterName(kind) + "=" + n, from, n));
    } else {
      trace.add(engine.publicationStep(rule, row.getLegalBasis(), routeParameter, from, row.getWorkingDays()));
      if (limit != null && limit < row.getWorkingDays()) {
        trace.add(engine.publicationStep(DeadlineRule.PUBLICATION_LIMIT, null, parameter, from, limit));
      }
    }
    DeadlineStep last = trace.get(trace.size() - 1);
    return Deadline.of(last.getEnd(), engine.getCalendar().getVersion(), trace);
  }

  /**
   * Working days after {@code startExclusive} up to and including {@code endInclusive}, under the
   * deadline policy; 0 when the range is empty.
   *
   * @param startExclusive the day after which to count; not null
   * @param endInclusive the last day counted; not null
   * @return the count
   * @throws CalendarCoverageException if a date lies outside the calendar
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return engine.workingDaysBetween(startExclusive, endInclusive);
  }

  private static DeadlineRule rule(PublicationKind kind) {
    switch (kind) {
      case PROACTIVE:
        return DeadlineRule.PROACTIVE_PUBLICATION;
      case WITHDRAWAL:
        return DeadlineRule.PUBLICATION_WITHDRAWAL;
      default:
        return DeadlineRule.DECISION_PUBLICATION;
    }
  }

  private static String parameterName(PublicationKind kind) {
    switch (kind) {
      case PROACTIVE:
        return "proactiveWorkingDays";
      case LICENCE:
        return "licenceWorkingDays";
      case PENALTY:
        return "penaltyWorkingDays";
      default:
        return "withdrawalWorkingDays";
    }
  }
}

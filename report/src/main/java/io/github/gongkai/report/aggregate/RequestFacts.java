package io.github.gongkai.report.aggregate;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.LifecyclePolicy;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the annual report needs of one request: the applicant column, the receipt date, and — once
 * closed — the closing date and the outcome row. Taken from the request's {@link RequestStatus}
 * (receipt date per 2019 Art.31 as the lifecycle establishes it). A request never received (e.g.
 * awaiting confirmation of an online submission) has no receipt date and is counted in no report.
 * Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RequestFacts {
  RequestFacts() {}

  /**
   * Facts given directly.
   *
   * @param applicantType the applicant column; not null
   * @param receivedOn the receipt date, or null if never received
   * @param closedOn the closing date (answer, withdrawal, deemed abandonment), or null while open
   * @param outcome the outcome row; required exactly when {@code closedOn} is given
   * @return the facts
   * @throws InvalidValueException if closed without an outcome (or the reverse), closed before
   *     received, or closed without being received
   */
  public static RequestFacts of(
      ApplicantType applicantType,
      @Nullable LocalDate receivedOn,
      @Nullable LocalDate closedOn,
      @Nullable OutcomeGround outcome) {
    return ImmutableRequestFacts.builder()
        .applicantType(InvalidValueException.requireNonNull(applicantType, "applicantType"))
        .receivedOn(receivedOn)
        .closedOn(closedOn)
        .outcome(outcome)
        .build();
  }

  @Value.Check
  void check() {
    LocalDate receivedOn = getReceivedOn();
    LocalDate closedOn = getClosedOn();
    OutcomeGround outcome = getOutcome();
    if ((closedOn == null) != (outcome == null)) {
      throw new InvalidValueException(
          "outcome", String.valueOf(outcome), "must be given exactly when closedOn is given (" + closedOn + ")");
    }
    if (closedOn != null && receivedOn != null && closedOn.isBefore(receivedOn)) {
      throw new InvalidValueException(
          "closedOn", closedOn.toString(), "must not be before receivedOn " + receivedOn);
    }
  }

  /**
   * Facts of a request from its status.
   *
   * @param request the request; not null
   * @param status its status, e.g. from {@link Lifecycle#of(InformationRequest, WorkingCalendar)}
   * @return the facts
   */
  public static RequestFacts of(InformationRequest request, RequestStatus status) {
    InvalidValueException.requireNonNull(request, "request");
    InvalidValueException.requireNonNull(status, "status");
    LocalDate received = status.getReceiptDate().orElse(null);
    LocalDate closed = status.getClosedOn().orElse(null);
    OutcomeGround outcome = closed == null ? null : status.getOutcome().orElse(null);
    if (received == null) {
      closed = null;
      outcome = null;
    }
    return of(request.getApplicant().getType(), received, closed, outcome);
  }

  /**
   * Facts of a request, replaying its history under the default lifecycle policy.
   *
   * @param request the request; not null
   * @param calendar the working calendar; not null
   * @return the facts
   * @throws io.github.gongkai.rules.lifecycle.InconsistentHistoryException for an impossible history
   */
  public static RequestFacts of(InformationRequest request, WorkingCalendar calendar) {
    return of(request, Lifecycle.of(request, calendar, LifecyclePolicy.defaults()));
  }

  /**
   * The applicant column.
   *
   * @return the applicant type
   */
  public abstract ApplicantType getApplicantType();

  /**
   * The receipt date, or null if never received.
   *
   * @return the date or null
   */
  public abstract @Nullable LocalDate getReceivedOn();

  /**
   * The closing date, or null while open.
   *
   * @return the date or null
   */
  public abstract @Nullable LocalDate getClosedOn();

  /**
   * The outcome row once closed, else null.
   *
   * @return the ground or null
   */
  public abstract @Nullable OutcomeGround getOutcome();

  @Override
  public String toString() {
    OutcomeGround outcome = getOutcome();
    return "RequestFacts{" + getApplicantType().getCode() + ", received " + getReceivedOn()
        + ", closed " + getClosedOn() + (outcome == null ? "" : " " + outcome.getCode()) + "}";
  }
}

package io.github.gongkai.report.aggregate;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.LifecyclePolicy;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the annual report needs of one request: the applicant column, the receipt date, and — once
 * closed — the closing date and the outcome row. Taken from the request's {@link RequestStatus}
 * (receipt date per 2019 Art.31 as the lifecycle establishes it). A request never received (e.g.
 * awaiting confirmation of an online submission) has no receipt date and is counted in no report.
 * Immutable and thread-safe.
 */
public final class RequestFacts {
  private final ApplicantType applicantType;
  private final @Nullable LocalDate receivedOn;
  private final @Nullable LocalDate closedOn;
  private final @Nullable OutcomeGround outcome;

  private RequestFacts(
      ApplicantType applicantType,
      @Nullable LocalDate receivedOn,
      @Nullable LocalDate closedOn,
      @Nullable OutcomeGround outcome) {
    this.applicantType = applicantType;
    this.receivedOn = receivedOn;
    this.closedOn = closedOn;
    this.outcome = outcome;
  }

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
    InvalidValueException.requireNonNull(applicantType, "applicantType");
    if ((closedOn == null) != (outcome == null)) {
      throw new InvalidValueException(
          "outcome", String.valueOf(outcome), "must be given exactly when closedOn is given (" + closedOn + ")");
    }
    if (closedOn != null && receivedOn != null && closedOn.isBefore(receivedOn)) {
      throw new InvalidValueException(
          "closedOn", closedOn.toString(), "must not be before receivedOn " + receivedOn);
    }
    return new RequestFacts(applicantType, receivedOn, closedOn, outcome);
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
  public ApplicantType getApplicantType() {
    return applicantType;
  }

  /**
   * The receipt date, or null if never received.
   *
   * @return the date or null
   */
  public @Nullable LocalDate getReceivedOn() {
    return receivedOn;
  }

  /**
   * The closing date, or null while open.
   *
   * @return the date or null
   */
  public @Nullable LocalDate getClosedOn() {
    return closedOn;
  }

  /**
   * The outcome row once closed, else null.
   *
   * @return the ground or null
   */
  public @Nullable OutcomeGround getOutcome() {
    return outcome;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RequestFacts)) {
      return false;
    }
    RequestFacts f = (RequestFacts) o;
    return applicantType == f.applicantType && Objects.equals(receivedOn, f.receivedOn)
        && Objects.equals(closedOn, f.closedOn) && outcome == f.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(applicantType, receivedOn, closedOn, outcome);
  }

  @Override
  public String toString() {
    return "RequestFacts{" + applicantType.getCode() + ", received " + receivedOn + ", closed " + closedOn
        + (outcome == null ? "" : " " + outcome.getCode()) + "}";
  }
}

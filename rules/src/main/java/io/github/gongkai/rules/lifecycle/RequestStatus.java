package io.github.gongkai.rules.lifecycle;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.deadline.DeadlineResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where a request stands after its history: state, receipt date, reply deadline, outcome row and
 * closing date, and its state on any date.
 *
 * <p>The reply deadline is computed on first use (so a report that only needs states, outcomes
 * and carry-over does no calendar arithmetic); the methods that need it throw the calendar's
 * {@code CalendarCoverageException} for dates outside its coverage.
 *
 * <p>JSON (write-only, the same on Jackson 2 and 3 with the gongkai module): {@code requestId},
 * {@code regime}, {@code state}, then, when known, {@code receiptDate}, {@code dueDate}, {@code
 * nextDueDate}, {@code feePaymentDueDate}, {@code outcome}, {@code closedOn} (dates {@code
 * yyyy-MM-dd}, codes as elsewhere) and {@code deadline} (a {@link DeadlineResult}); nothing else.
 *
 * <p>Immutable in its observable state and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "requestId",
  "regime",
  "state",
  "receiptDate",
  "dueDate",
  "nextDueDate",
  "feePaymentDueDate",
  "outcome",
  "closedOn",
  "deadline"
})
public final class RequestStatus {
  private final Lifecycle.Replay replay;
  private final RequestState state;
  private final @Nullable LocalDate receiptDate;
  private final @Nullable OutcomeGround outcome;
  private final @Nullable LocalDate closedOn;
  private final @Nullable LocalDate unpaidFeeNotice;
  /** The deadline, computed on first use: a DeadlineResult, or NO_DEADLINE. */
  private volatile @Nullable Object deadlineMemo;

  private static final Object NO_DEADLINE = new Object();

  RequestStatus(
      Lifecycle.Replay replay,
      RequestState state,
      @Nullable LocalDate receiptDate,
      @Nullable OutcomeGround outcome,
      @Nullable LocalDate closedOn,
      @Nullable LocalDate unpaidFeeNotice) {
    this.replay = replay;
    this.state = state;
    this.receiptDate = receiptDate;
    this.outcome = outcome;
    this.closedOn = closedOn;
    this.unpaidFeeNotice = unpaidFeeNotice;
  }

  private @Nullable DeadlineResult deadline() {
    Object memo = deadlineMemo;
    if (memo == null) {
      DeadlineResult computed = replay.deadline(closedOn);
      memo = computed == null ? NO_DEADLINE : computed;
      deadlineMemo = memo;
    }
    return memo == NO_DEADLINE ? null : (DeadlineResult) memo;
  }

  /**
   * The request's id.
   *
   * @return the id
   */
  public String getRequestId() {
    return replay.request.getId();
  }

  /**
   * The regime applied: the request's override, else the one in force on the receipt date.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return replay.regime;
  }

  /**
   * The state after the whole history.
   *
   * @return the state
   */
  public RequestState getState() {
    return state;
  }

  /**
   * The receipt date.
   *
   * @return the date, empty while not received (awaiting confirmation)
   */
  @JsonIgnore
  public Optional<LocalDate> getReceiptDate() {
    return Optional.ofNullable(receiptDate);
  }

  /**
   * The reply deadline with its trace.
   *
   * @return the deadline, empty while not received, while a requested correction is outstanding
   *     (the period will run from the corrected request, 2019 Art.30; and none ran if the request
   *     was then deemed abandoned), or while a 2008 consultation without a statutory reply window
   *     is still unanswered
   */
  @JsonIgnore
  public Optional<DeadlineResult> getDeadline() {
    return Optional.ofNullable(deadline());
  }

  /**
   * The reply date binding the agency (Art.35 date, extended date if extended, else the due date).
   *
   * @return the due date, empty when there is no deadline
   */
  @JsonIgnore
  public Optional<LocalDate> getDueDate() {
    DeadlineResult deadline = deadline();
    return deadline == null ? Optional.empty() : Optional.of(deadline.getEffectiveDueDate());
  }

  /**
   * The next date that matters while the request is open: the applicant's correction deadline
   * while a correction is outstanding (if the notice named one), the fee payment deadline while a
   * fee is outstanding, else the reply due date.
   *
   * @return the next due date, empty when closed or when none is known
   */
  @JsonIgnore
  public Optional<LocalDate> getNextDueDate() {
    if (state.isClosed()) {
      return Optional.empty();
    }
    if (state == RequestState.AWAITING_CORRECTION) {
      return Optional.ofNullable(replay.correctionDueDate());
    }
    if (state == RequestState.FEE_PENDING) {
      return getFeePaymentDueDate();
    }
    return getDueDate();
  }

  /**
   * The last day for the applicant to pay an outstanding fee notice: {@link
   * io.github.gongkai.rules.deadline.DeadlineEngine#feePaymentDue(LocalDate)}, taking the notice
   * as received by the applicant on the day it was issued.
   *
   * @return the date, empty when no fee is outstanding
   */
  @JsonIgnore
  public Optional<LocalDate> getFeePaymentDueDate() {
    LocalDate notice = unpaidFeeNotice;
    return notice == null ? Optional.empty() : Optional.of(replay.engine.feePaymentDue(notice).getDueDate());
  }

  /**
   * The table 三 row of a closed request: the answer's outcome, the abandonment ground, or for a
   * withdrawal {@link LifecyclePolicy#getWithdrawnOutcome()}. A request withdrawn before it was
   * received (e.g. before an e-mail was confirmed) was never received, so it has no row.
   *
   * @return the outcome, empty while open or when withdrawn before receipt
   */
  @JsonIgnore
  public Optional<OutcomeGround> getOutcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * The day the request was answered, withdrawn or deemed abandoned.
   *
   * @return the closing date, empty while open
   */
  @JsonIgnore
  public Optional<LocalDate> getClosedOn() {
    return Optional.ofNullable(closedOn);
  }

  /**
   * Calendar days the reply is late on a date: from the binding due date to {@code asOf}, or to
   * the closing date if the request closed earlier; 0 when not late or without a deadline.
   *
   * @param asOf the date; not null
   * @return the days overdue, 0 or more
   */
  public long daysOverdue(LocalDate asOf) {
    return overdue(asOf, 0L, (due, end) -> Math.max(0, ChronoUnit.DAYS.between(due, end)));
  }

  /**
   * Working days the reply is late on a date: the working days after the binding due date up to
   * {@code asOf}, or up to the closing date if the request closed earlier; 0 when not late or
   * without a deadline. Counted on the lifecycle's calendar and policy.
   *
   * @param asOf the date; not null
   * @return the working days overdue, 0 or more
   * @throws io.github.gongkai.core.calendar.CalendarCoverageException if a date lies outside the
   *     calendar
   */
  public int workingDaysOverdue(LocalDate asOf) {
    return overdue(asOf, 0, replay.engine::workingDaysBetween);
  }

  /**
   * The lateness on {@code asOf}, counted by {@code count} from the binding due date to {@code
   * asOf} or to the closing date if the request closed earlier; {@code none} without a deadline.
   */
  private <T> T overdue(LocalDate asOf, T none, BiFunction<LocalDate, LocalDate, T> count) {
    InvalidValueException.requireNonNull(asOf, "asOf");
    DeadlineResult deadline = deadline();
    if (deadline == null) {
      return none;
    }
    LocalDate end = closedOn != null && closedOn.isBefore(asOf) ? closedOn : asOf;
    return count.apply(deadline.getEffectiveDueDate(), end);
  }

  /**
   * Whether the reply is late on a date (see {@link #daysOverdue(LocalDate)}).
   *
   * @param asOf the date; not null
   * @return true if overdue
   */
  public boolean isOverdue(LocalDate asOf) {
    return daysOverdue(asOf) > 0;
  }

  /**
   * The state at the end of a day, from the events dated on or before it.
   *
   * @param date the day; not null
   * @return the state then
   */
  public RequestState stateAsOf(LocalDate date) {
    return replay.stateAsOf(InvalidValueException.requireNonNull(date, "date"));
  }

  /**
   * Whether the request was received and not yet closed at the end of a day — the test for the
   * annual report's carry-over rows (上年结转 on 31 December of the previous year, 结转下年度 on 31
   * December of the report year).
   *
   * @param date the day; not null
   * @return true if open then
   */
  public boolean isOpenAt(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    return receiptDate != null
        && !receiptDate.isAfter(date)
        && (closedOn == null || closedOn.isAfter(date));
  }

  // The JSON form (written, never read): absent values are left out rather than written as
  // Optional objects, so the shape is the same on Jackson 2 (with or without its Jdk8Module) and 3.

  @JsonProperty("receiptDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate receiptDateForJson() {
    return receiptDate;
  }

  @JsonProperty("dueDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate dueDateForJson() {
    return getDueDate().orElse(null);
  }

  @JsonProperty("nextDueDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate nextDueDateForJson() {
    return getNextDueDate().orElse(null);
  }

  @JsonProperty("feePaymentDueDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate feePaymentDueDateForJson() {
    return getFeePaymentDueDate().orElse(null);
  }

  @JsonProperty("outcome")
  @Nullable OutcomeGround outcomeForJson() {
    return outcome;
  }

  @JsonProperty("closedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate closedOnForJson() {
    return closedOn;
  }

  @JsonProperty("deadline")
  @Nullable DeadlineResult deadlineForJson() {
    return deadline();
  }

  @Override
  public String toString() {
    return "RequestStatus{" + getRequestId() + ", " + state.getCode()
        + (deadlineMemo instanceof DeadlineResult
            ? ", due " + ((DeadlineResult) deadlineMemo).getEffectiveDueDate()
            : "")
        + (outcome == null ? "" : ", outcome " + outcome.getCode()) + "}";
  }
}

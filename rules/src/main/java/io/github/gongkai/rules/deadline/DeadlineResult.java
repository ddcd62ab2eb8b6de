package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.Regime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The reply deadline of a request: the due date, the latest date with an extension, an auditable
 * trace and the calendar version used.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineResult.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadlineResult.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "regime",
  "receiptDate",
  "effectiveReceiptDate",
  "correctedReceiptDate",
  "clockStart",
  "replyWorkingDays",
  "correctionNoticeDue",
  "correctionNoticeDate",
  "correctionNoticeLate",
  "dueDate",
  "extensionWorkingDays",
  "extensionGranted",
  "extendedDueDate",
  "art35DueDate",
  "effectiveDueDate",
  "excludedPeriods",
  "calendarVersion",
  "policy",
  "trace"
})
public abstract class DeadlineResult {
  DeadlineResult() {}

  /**
   * The regime applied.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The receipt date given.
   *
   * @return the receipt date
   */
  public abstract LocalDate getReceiptDate();

  /**
   * The receipt date after the rest-day policy (the same as {@link #getReceiptDate()} on a working
   * day).
   *
   * @return the effective receipt date
   */
  public abstract LocalDate getEffectiveReceiptDate();

  /**
   * The receipt date of the corrected request, if any.
   *
   * @return the date, or null
   */
  public abstract @Nullable LocalDate getCorrectedReceiptDate();

  /**
   * The day after which the reply period is counted (the effective receipt date, or the effective
   * receipt date of the corrected request).
   *
   * @return the clock start
   */
  public abstract LocalDate getClockStart();

  /**
   * The reply period in working days: 20 (2019) or 15 (2008).
   *
   * @return the period
   */
  public abstract int getReplyWorkingDays();

  /**
   * The last day for a 补正 notice (2019 Art.30); null under 2008, which set no such limit.
   *
   * @return the date, or null
   */
  public abstract @Nullable LocalDate getCorrectionNoticeDue();

  /**
   * The day the 补正 notice was sent, if any.
   *
   * @return the date, or null
   */
  public abstract @Nullable LocalDate getCorrectionNoticeDate();

  /**
   * Whether a 补正 notice was sent after the 7 working days of 2019 Art.30 — a failing of the
   * agency, reported as a value.
   *
   * @return true if the notice was late
   */
  @Value.Derived
  public boolean isCorrectionNoticeLate() {
    LocalDate sent = getCorrectionNoticeDate();
    LocalDate due = getCorrectionNoticeDue();
    return sent != null && due != null && sent.isAfter(due);
  }

  /**
   * The reply due date without extension, consultation pauses excluded.
   *
   * @return the due date
   */
  public abstract LocalDate getDueDate();

  /**
   * Working days of extension this result assumes: those granted, or the maximum allowed (20 under
   * 2019, 15 under 2008) when none was granted.
   *
   * @return the extension
   */
  public abstract int getExtensionWorkingDays();

  /**
   * Whether an extension was actually granted.
   *
   * @return true if the input granted an extension
   */
  public abstract boolean isExtensionGranted();

  /**
   * The latest reply date with the extension: with the days granted, or with the maximum when none
   * was granted.
   *
   * @return the extended due date
   */
  public abstract LocalDate getExtendedDueDate();

  /**
   * The later reply date the agency set under 2019 Art.35, if any.
   *
   * @return the date, or null
   */
  public abstract @Nullable LocalDate getArt35DueDate();

  /**
   * The date that binds the agency now: the Art.35 date if set, else the extended due date if an
   * extension was granted, else the due date.
   *
   * @return the binding due date
   */
  public abstract LocalDate getEffectiveDueDate();

  /**
   * The pauses applied, merged into disjoint spans in date order.
   *
   * @return the excluded periods
   */
  public abstract List<Pause> getExcludedPeriods();

  /**
   * The version of the working calendar used.
   *
   * @return the calendar version
   */
  public abstract String getCalendarVersion();

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public abstract DeadlinePolicy getPolicy();

  /**
   * The steps of the computation, in order.
   *
   * @return the trace
   */
  public abstract List<DeadlineStep> getTrace();

  /**
   * Whether the request is overdue on a date if still unanswered.
   *
   * @param asOf the date; not null
   * @return true if {@code asOf} is after the binding due date
   */
  public boolean isOverdueOn(LocalDate asOf) {
    return asOf.isAfter(getEffectiveDueDate());
  }

  /**
   * Calendar days past the binding due date on a date, 0 when not overdue.
   *
   * @param asOf the date; not null
   * @return days overdue
   */
  @JsonIgnore
  public long daysOverdue(LocalDate asOf) {
    return Math.max(0, ChronoUnit.DAYS.between(getEffectiveDueDate(), asOf));
  }
}

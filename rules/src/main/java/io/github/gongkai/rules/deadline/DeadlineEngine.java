package io.github.gongkai.rules.deadline;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.item.InformationItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes the statutory time limits of disclosure on a working calendar, under a {@link
 * DeadlinePolicy}.
 *
 * <p>Periods are counted in working days; the day a period starts from is never counted ("start
 * day excluded", unless the policy counts the receipt day), so "20 working days from receipt" is
 * the 20th working day after the receipt date. Under the 2019 Regulation:
 *
 * <ul>
 *   <li>reply within 20 working days of receipt (Art.33(2)), extendable by up to 20 with the office
 *       head's approval, given before the original due date;
 *   <li>a 补正 notice within 7 working days of receipt; the reply period then runs from receipt of
 *       the corrected request (Art.30);
 *   <li>time consulting third parties (Art.32) and other agencies (Art.34) is not counted
 *       (Art.33(3)); pauses may overlap and are counted once;
 *   <li>an excessive request may get a later reply date set by the agency (Art.35).
 * </ul>
 *
 * <p>Under the 2008 Regulation the period is 15 + 15 working days and only third-party time is
 * excluded (Art.24). The regime follows the receipt date (2019-05-15 cut-over) unless the input
 * overrides it.
 *
 * <p>A date outside the calendar's coverage fails with the calendar's {@link
 * CalendarCoverageException}; nothing is guessed. Immutable and thread-safe.
 */
public final class DeadlineEngine {
  /** The 2019 reply period and maximum extension, in working days (Art.33(2)). */
  public static final int REPLY_DAYS_2019 = 20;

  /** The 2008 reply period and maximum extension, in working days (Art.24). */
  public static final int REPLY_DAYS_2008 = 15;

  /** Working days for a 补正 notice (2019 Art.30). */
  public static final int CORRECTION_NOTICE_DAYS = 7;

  /** Working days a consulted third party or agency has to reply (2019 Art.32, Art.34). */
  public static final int CONSULTATION_REPLY_DAYS = 15;

  private final WorkingCalendar calendar;
  private final DeadlinePolicy policy;
  private final DayCounter days;

  private DeadlineEngine(WorkingCalendar calendar, DeadlinePolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
    this.days = new DayCounter(calendar, policy.isMakeUpWorkdaysCounted());
  }

  /**
   * An engine with the default policy.
   *
   * @param calendar the working calendar; not null
   * @return the engine
   */
  public static DeadlineEngine of(WorkingCalendar calendar) {
    return of(calendar, DeadlinePolicy.defaults());
  }

  /**
   * An engine.
   *
   * @param calendar the working calendar; not null
   * @param policy the policy; not null
   * @return the engine
   */
  public static DeadlineEngine of(WorkingCalendar calendar, DeadlinePolicy policy) {
    return new DeadlineEngine(
        InvalidValueException.requireNonNull(calendar, "calendar"),
        InvalidValueException.requireNonNull(policy, "policy"));
  }

  /**
   * The calendar used.
   *
   * @return the calendar
   */
  public WorkingCalendar getCalendar() {
    return calendar;
  }

  /**
   * The policy used.
   *
   * @return the policy
   */
  public DeadlinePolicy getPolicy() {
    return policy;
  }

  /**
   * The reply period, or maximum extension, of a regime in working days.
   *
   * @param regime the regime; not null
   * @return 20 under 2019, 15 under 2008
   */
  public static int replyWorkingDays(Regime regime) {
    return regime == Regime.R2019 ? REPLY_DAYS_2019 : REPLY_DAYS_2008;
  }

  /**
   * Computes the reply deadline of a request.
   *
   * @param input the facts; not null
   * @return the deadline with its trace
   * @throws InvalidValueException if an extension is longer than the regime allows or approved
   *     after the original due date, or an Art.35 date is given under the 2008 Regulation
   * @throws CalendarCoverageException if a date needed lies outside the calendar's coverage
   */
  public DeadlineResult compute(DeadlineInput input) {
    InvalidValueException.requireNonNull(input, "input");
    LocalDate receipt = input.getReceiptDate();
    Regime override = input.getRegime();
    Regime regime = override != null ? override : Regime.forDate(receipt);
    List<DeadlineStep> trace = new ArrayList<>();
    traceReceipt(receipt, regime, override != null, trace);
    LocalDate effective = effectiveReceipt(receipt, trace);
    LocalDate notice = input.getCorrectionNoticeDate();
    LocalDate correctionDue = correctionNoticeDue(regime, effective, notice, trace);
    LocalDate corrected = correctionCounted(input.getCorrectedReceiptDate(), regime, trace);
    LocalDate clockStart = corrected == null ? effective : restartAfterCorrection(corrected, effective, regime, trace);
    LocalDate countFrom = policy.isReceiptDayCounted() ? clockStart.minusDays(1) : clockStart;
    List<Pause> merged = merge(applicablePauses(input.getPauses(), regime, trace));

    int n = replyWorkingDays(regime);
    List<int[]> effects = new ArrayList<>();
    LocalDate due = replyPeriod(regime, countFrom, n, merged, effects, trace);
    int granted = input.getExtensionWorkingDays();
    LocalDate approved = input.getExtensionApprovedOn();
    checkExtension(regime, n, granted, approved, due);
    int ext = granted > 0 ? granted : n;
    LocalDate extended = extension(regime, countFrom, n, ext, granted, approved, due, merged, effects, trace);
    LocalDate art35 = art35Date(input.getArt35DueDate(), regime, due, trace);
    LocalDate binding = art35 != null ? art35 : granted > 0 ? extended : due;

    return ImmutableDeadlineResult.builder()
        .regime(regime)
        .receiptDate(receipt)
        .effectiveReceiptDate(effective)
        .correctedReceiptDate(corrected)
        .clockStart(clockStart)
        .replyWorkingDays(n)
        .correctionNoticeDue(correctionDue)
        .correctionNoticeDate(notice)
        .dueDate(due)
        .extensionWorkingDays(ext)
        .extensionGranted(granted > 0)
        .extendedDueDate(extended)
        .art35DueDate(art35)
        .effectiveDueDate(binding)
        .excludedPeriods(merged)
        .calendarVersion(calendar.getVersion())
        .policy(policy)
        .trace(trace)
        .build();
  }

  /** Step 1: the receipt and the regime it puts the request under. */
  private void traceReceipt(LocalDate receipt, Regime regime, boolean explicit, List<DeadlineStep> trace) {
    trace.add(
        DeadlineStep.of(
            DeadlineRule.RECEIPT,
            receiptBasis(regime),
            null,
            receipt,
            receipt,
            0,
            explicit ? "receipt.explicit" : "receipt.by-date",
            receipt,
            regime.getCode()));
  }

  /** Step 2: the last day for a correction notice (2019 Art.30), null under 2008. */
  private @Nullable LocalDate correctionNoticeDue(
      Regime regime, LocalDate effective, @Nullable LocalDate notice, List<DeadlineStep> trace) {
    if (regime != Regime.R2019) {
      return null;
    }
    DeadlineStep step =
        correctionNoticeStep(effective, "correction-notice.if-needed", notice);
    trace.add(step);
    return step.getEnd();
  }

  /**
   * The 2019 Art.30 step: a correction notice is due {@value #CORRECTION_NOTICE_DAYS} working days
   * after {@code from}. Its note is {@code plan} with the due date, or, for a notice sent, whether
   * it was sent in time.
   */
  private DeadlineStep correctionNoticeStep(LocalDate from, String plan, @Nullable LocalDate notice) {
    LocalDate due = days.plus(from, CORRECTION_NOTICE_DAYS);
    return DeadlineStep.of(
        DeadlineRule.CORRECTION_NOTICE,
        LegalBasis.of(Regime.R2019, 30),
        null,
        from,
        due,
        CORRECTION_NOTICE_DAYS,
        notice == null
            ? plan
            : notice.isAfter(due) ? "correction-notice.late" : "correction-notice.in-time",
        notice == null ? new Object[] {due} : new Object[] {notice, due});
  }

  /**
   * Step 3a: the corrected request's receipt date if it restarts the clock; null (with a trace
   * step) when a 2008 correction does not restart it under the policy.
   */
  private @Nullable LocalDate correctionCounted(
      @Nullable LocalDate corrected, Regime regime, List<DeadlineStep> trace) {
    if (corrected != null && regime == Regime.R2008 && !policy.isCorrectionRestartsUnder2008()) {
      trace.add(
          DeadlineStep.of(
              DeadlineRule.CORRECTION_RESTART,
              null,
              "correctionRestartsUnder2008=false",
              corrected,
              corrected,
              0,
              "correction.not-restarted",
              corrected));
      return null;
    }
    return corrected;
  }

  /** Step 3b: the clock starts afresh from the corrected request (2019 Art.30). */
  private LocalDate restartAfterCorrection(
      LocalDate corrected, LocalDate effective, Regime regime, List<DeadlineStep> trace) {
    List<DeadlineStep> sub = new ArrayList<>();
    LocalDate clockStart = effectiveReceipt(corrected, sub);
    trace.add(
        DeadlineStep.of(
            DeadlineRule.CORRECTION_RESTART,
            regime == Regime.R2019
                ? LegalBasis.of(Regime.R2019, 30)
                : LegalBasis.parse(Regime.R2008, "~OGI-2008:21(4)"),
            null,
            effective,
            clockStart,
            0,
            "correction.restarted",
            corrected,
            clockStart));
    for (DeadlineStep s : sub) {
      if (s.getRule() == DeadlineRule.REST_DAY_RECEIPT) {
        trace.add(s);
      }
    }
    return clockStart;
  }

  /** Step 4: the pauses the regime and policy let count; the others are traced as ignored. */
  private List<Pause> applicablePauses(List<Pause> pauses, Regime regime, List<DeadlineStep> trace) {
    List<Pause> applicable = new ArrayList<>();
    for (Pause p : pauses) {
      String why = ignoredBecause(p, regime);
      if (why != null) {
        trace.add(
            DeadlineStep.of(
                DeadlineRule.PAUSE_IGNORED,
                pauseBasis(regime),
                p.getKind() == PauseKind.FEE_NOTICE ? "feeNoticePausesClock=false" :
                    p.getKind() == PauseKind.OTHER_AGENCY ? "agencyConsultationPausesUnder2008=false" : null,
                p.getStart(),
                p.getEnd(),
                0,
                why,
                p));
      } else {
        applicable.add(p);
      }
    }
    return applicable;
  }

  /** Step 5: the reply period over the counted working days, with each pause that excluded days. */
  private LocalDate replyPeriod(
      Regime regime, LocalDate countFrom, int n, List<Pause> merged, List<int[]> effects, List<DeadlineStep> trace) {
    LocalDate due = count(countFrom, n, merged, effects);
    for (int i = 0; i < merged.size(); i++) {
      int excluded = effects.get(i)[0];
      if (excluded >= 0) {
        Pause p = merged.get(i);
        trace.add(
            DeadlineStep.of(
                DeadlineRule.PAUSE,
                pauseBasis(regime),
                null,
                p.getStart(),
                p.getEnd(),
                excluded,
                "pause.excluded",
                excluded,
                p));
      }
    }
    trace.add(
        DeadlineStep.of(
            DeadlineRule.REPLY_PERIOD,
            replyBasis(regime),
            policy.isReceiptDayCounted() ? "receiptDayCounted=true" : null,
            countFrom,
            due,
            n,
            "reply-period",
            n,
            countFrom,
            due));
    return due;
  }

  /** Step 6a: an extension may not exceed the reply period nor be approved after the due date. */
  private static void checkExtension(Regime regime, int n, int granted, @Nullable LocalDate approved, LocalDate due) {
    if (granted > n) {
      throw new InvalidValueException(
          "extensionWorkingDays",
          Integer.toString(granted),
          "must be at most " + n + " under the " + regime.getCode() + " Regulation");
    }
    if (approved != null && approved.isAfter(due)) {
      throw new InvalidValueException(
          "extensionApprovedOn",
          approved.toString(),
          "must not be after the original due date " + due);
    }
  }

  /** Step 6b: the extended due date, granted or (for planning) the maximum. */
  private LocalDate extension(
      Regime regime,
      LocalDate countFrom,
      int n,
      int ext,
      int granted,
      @Nullable LocalDate approved,
      LocalDate due,
      List<Pause> merged,
      List<int[]> effects,
      List<DeadlineStep> trace) {
    List<int[]> extEffects = new ArrayList<>();
    LocalDate extended = count(countFrom, n + ext, merged, extEffects);
    int extraExcluded = 0;
    for (int i = 0; i < merged.size(); i++) {
      extraExcluded += Math.max(0, extEffects.get(i)[0]) - Math.max(0, effects.get(i)[0]);
    }
    String key = granted == 0 ? "extension.maximum" : approved == null ? "extension.granted" : "extension.granted-on";
    List<Object> args = new ArrayList<>(4);
    args.add(ext);
    if (granted > 0 && approved != null) {
      args.add(approved);
    }
    args.add(extended);
    if (extraExcluded > 0) {
      key += ".more-paused";
      args.add(extraExcluded);
    }
    trace.add(
        DeadlineStep.of(
            DeadlineRule.EXTENSION, replyBasis(regime), null, due, extended, ext, key, args.toArray()));
    return extended;
  }

  /** Step 7: a later reply date set for an excessive request (2019 Art.35). */
  private static @Nullable LocalDate art35Date(
      @Nullable LocalDate art35, Regime regime, LocalDate due, List<DeadlineStep> trace) {
    if (art35 == null) {
      return null;
    }
    if (regime != Regime.R2019) {
      throw new InvalidValueException(
          "art35DueDate", art35.toString(), "exists only under the 2019 Regulation (Art.35)");
    }
    trace.add(
        DeadlineStep.of(
            DeadlineRule.ART35_DATE,
            LegalBasis.of(Regime.R2019, 35),
            null,
            due,
            art35,
            0,
            "art35",
            art35));
    return art35;
  }

  /**
   * The receipt date after the rest-day policy: a working day stays; a day off moves to the next
   * working day under {@link RestDayReceipt#NEXT_WORKING_DAY}.
   *
   * @param receipt the receipt date; not null
   * @return the effective receipt date
   * @throws CalendarCoverageException if the date lies outside the calendar's coverage
   */
  public LocalDate effectiveReceiptDate(LocalDate receipt) {
    return effectiveReceipt(InvalidValueException.requireNonNull(receipt, "receiptDate"), new ArrayList<>());
  }

  /**
   * Working days counted under this engine's policy after {@code startExclusive} up to and
   * including {@code endInclusive}; 0 when the end is not after the start.
   *
   * @param startExclusive the day after which to count; not null
   * @param endInclusive the last day counted; not null
   * @return the count, 0 or more
   * @throws CalendarCoverageException if a date lies outside the calendar's coverage
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return days.between(
        InvalidValueException.requireNonNull(startExclusive, "startExclusive"),
        InvalidValueException.requireNonNull(endInclusive, "endInclusive"));
  }

  /**
   * The {@code n}-th counted working day after {@code start} under the policy ({@code start} itself
   * never counted; {@code start} when {@code n} is 0).
   *
   * @param start the day after which to count; not null
   * @param n the working days, 0 or more
   * @return the day
   * @throws InvalidValueException if {@code n} is negative
   * @throws CalendarCoverageException if a date lies outside the calendar's coverage
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    InvalidValueException.requireNonNull(start, "start");
    if (n < 0) {
      throw new InvalidValueException("n", Integer.toString(n), "must be 0 or more");
    }
    return days.plus(start, n);
  }

  /**
   * The last day for a 补正 notice: 7 working days after receipt (2019 Art.30). The 2008
   * Regulation set no limit.
   *
   * @param receipt the receipt date; not null
   * @param regime the regime; not null
   * @return the deadline, empty under 2008
   */
  public Optional<Deadline> correctionNoticeDue(LocalDate receipt, Regime regime) {
    InvalidValueException.requireNonNull(receipt, "receiptDate");
    if (InvalidValueException.requireNonNull(regime, "regime") != Regime.R2019) {
      return Optional.empty();
    }
    List<DeadlineStep> trace = new ArrayList<>();
    LocalDate from = effectiveReceipt(receipt, trace);
    DeadlineStep step = correctionNoticeStep(from, "correction-notice.due", null);
    trace.add(step);
    return Optional.of(Deadline.of(step.getEnd(), calendar.getVersion(), trace));
  }

  /**
   * The pause for one consultation under the policy: from the sending day or the day after ({@link
   * DeadlinePolicy#getConsultationSpan()}) to the reply day, capped at the consulted party's
   * 15-working-day window under 2019 ({@link DeadlinePolicy#isConsultationCappedAtReplyWindow()}).
   * An unanswered 2019 consultation runs to the end of that window.
   *
   * @param kind {@link PauseKind#THIRD_PARTY} or {@link PauseKind#OTHER_AGENCY}; not null
   * @param sentOn the day the letter was sent; not null
   * @param repliedOn the day the reply was received, or null if none yet
   * @param regime the regime; not null
   * @return the pause, empty when it covers no day (a same-day reply under {@link
   *     ConsultationSpan#DAY_AFTER_SENDING})
   * @throws InvalidValueException for a reply before sending, a fee-notice kind, or an unanswered
   *     consultation under 2008, which set no reply window
   */
  public Optional<Pause> consultationPause(
      PauseKind kind, LocalDate sentOn, @Nullable LocalDate repliedOn, Regime regime) {
    InvalidValueException.requireNonNull(kind, "kind");
    InvalidValueException.requireNonNull(sentOn, "sentOn");
    InvalidValueException.requireNonNull(regime, "regime");
    if (kind == PauseKind.FEE_NOTICE) {
      throw new InvalidValueException("kind", kind.getCode(), "must be a consultation kind");
    }
    if (repliedOn != null && repliedOn.isBefore(sentOn)) {
      throw new InvalidValueException(
          "repliedOn", repliedOn.toString(), "must not be before the letter was sent on " + sentOn);
    }
    LocalDate window = regime == Regime.R2019 ? days.plus(sentOn, CONSULTATION_REPLY_DAYS) : null;
    LocalDate end;
    if (repliedOn == null) {
      if (window == null) {
        throw new InvalidValueException(
            "repliedOn", null, "is required under the 2008 Regulation, which set no reply window");
      }
      end = window;
    } else if (window != null && policy.isConsultationCappedAtReplyWindow() && repliedOn.isAfter(window)) {
      end = window;
    } else {
      end = repliedOn;
    }
    LocalDate start =
        policy.getConsultationSpan() == ConsultationSpan.DAY_AFTER_SENDING ? sentOn.plusDays(1) : sentOn;
    if (end.isBefore(start)) {
      return Optional.empty();
    }
    return Optional.of(Pause.of(kind, start, end));
  }

  /**
   * The consulted party's reply deadline: 15 working days (2019 Art.32 for third parties, Art.34
   * for co-producing agencies), counted from the day the letter is received.
   *
   * @param kind {@link PauseKind#THIRD_PARTY} or {@link PauseKind#OTHER_AGENCY}; not null
   * @param letterReceivedOn the day the consulted party received the letter; not null
   * @return the deadline
   */
  public Deadline consultationReplyDue(PauseKind kind, LocalDate letterReceivedOn) {
    InvalidValueException.requireNonNull(kind, "kind");
    InvalidValueException.requireNonNull(letterReceivedOn, "letterReceivedOn");
    return countedFrom(
        letterReceivedOn,
        CONSULTATION_REPLY_DAYS,
        DeadlineRule.CONSULTATION_REPLY,
        LegalBasis.of(Regime.R2019, kind == PauseKind.OTHER_AGENCY ? 34 : 32),
        null,
        kind == PauseKind.OTHER_AGENCY ? "consultation-reply.other-agency" : "consultation-reply.third-party",
        kind);
  }

  /**
   * The last day to pay an information-processing fee: {@link
   * DeadlinePolicy#getFeePaymentWorkingDays()} (default 20) working days from the day after the
   * applicant received the fee notice. Unpaid by then, the request is deemed abandoned (table 三
   * （六）2).
   *
   * @param noticeReceivedOn the day the applicant received the notice; not null
   * @return the deadline
   */
  public Deadline feePaymentDue(LocalDate noticeReceivedOn) {
    InvalidValueException.requireNonNull(noticeReceivedOn, "noticeReceivedOn");
    int n = policy.getFeePaymentWorkingDays();
    return countedFrom(
        noticeReceivedOn,
        n,
        DeadlineRule.FEE_PAYMENT,
        LegalBasis.builder()
            .regime(Regime.R2019)
            .instrument(LegalInstrument.FEE_MEASURES_2020)
            .interpretation(true)
            .build(),
        "feePaymentWorkingDays=" + n,
        "fee-payment");
  }

  /**
   * The last day to publish proactively-disclosed information: {@link
   * DeadlinePolicy#getProactiveWorkingDays()} (default 20) working days after it is formed or
   * changed (2019 Art.26; 2008 Art.18), the regime following that date.
   *
   * @param formedOrChangedOn the day the information was formed or changed; not null
   * @return the deadline
   */
  public Deadline proactivePublicationDue(LocalDate formedOrChangedOn) {
    InvalidValueException.requireNonNull(formedOrChangedOn, "formedOrChangedOn");
    Regime regime = Regime.forDate(formedOrChangedOn);
    int n = policy.getProactiveWorkingDays();
    return countedFrom(
        formedOrChangedOn,
        n,
        DeadlineRule.PROACTIVE_PUBLICATION,
        LegalBasis.of(regime, regime == Regime.R2019 ? 26 : 18),
        n == 20 ? null : "proactiveWorkingDays=" + n,
        "proactive-publication");
  }

  /**
   * One step of a publication time limit: {@code workingDays} counted working days after {@code
   * from} (the start day not counted, 调休 make-up days counted as this engine's policy says), or a
   * step that counts nothing and only states a provision ({@link DeadlineRule#WORKING_DAYS}, 0
   * days). The rules of {@code io.github.gongkai.rules.publication} combine such steps into a
   * {@link Deadline}. The step's note says what was counted, in English and Chinese:
   *
   * <ul>
   *   <li>{@link DeadlineRule#PROACTIVE_PUBLICATION}: the statutory limit of 2019 Art.26;
   *   <li>{@link DeadlineRule#PUBLICATION_LIMIT}: a stricter limit set by policy;
   *   <li>{@link DeadlineRule#DECISION_PUBLICATION}: a 双公示 licensing or penalty decision;
   *   <li>{@link DeadlineRule#PUBLICATION_WITHDRAWAL}: withdrawal of a changed or revoked decision;
   *   <li>{@link DeadlineRule#WORKING_DAYS}: the provision making the days working days.
   * </ul>
   *
   * @param rule one of the rules listed; not null
   * @param basis the provision applied, or null for a pure policy step
   * @param policyParameter the policy parameter and value the step depends on, or null
   * @param from the day counting starts after; not null
   * @param workingDays the working days to count, 0 or more (0 for {@link DeadlineRule#WORKING_DAYS})
   * @return the step, its end the due date
   * @throws InvalidValueException for another rule or a negative count
   * @throws CalendarCoverageException if a date needed lies outside the calendar's coverage
   */
  public DeadlineStep publicationStep(
      DeadlineRule rule,
      @Nullable LegalBasis basis,
      @Nullable String policyParameter,
      LocalDate from,
      int workingDays) {
    InvalidValueException.requireNonNull(rule, "rule");
    InvalidValueException.requireNonNull(from, "from");
    String key;
    switch (rule) {
      case PROACTIVE_PUBLICATION:
        key = "publication.proactive";
        break;
      case PUBLICATION_LIMIT:
        key = "publication.limit";
        break;
      case DECISION_PUBLICATION:
        key = "publication.decision";
        break;
      case PUBLICATION_WITHDRAWAL:
        key = "publication.withdrawal";
        break;
      case WORKING_DAYS:
        key = "publication.working-days";
        break;
      default:
        throw new InvalidValueException("rule", rule.getCode(), "is not a rule of publication time limits");
    }
    if (workingDays < 0 || (rule == DeadlineRule.WORKING_DAYS && workingDays != 0)) {
      throw new InvalidValueException(
          "workingDays", Integer.toString(workingDays), "must be 0 or more (0 for " + rule.getCode() + ")");
    }
    LocalDate due = days.plus(from, workingDays);
    return DeadlineStep.of(rule, basis, policyParameter, from, due, workingDays, key, workingDays, from, due);
  }

  /**
   * A deadline of one step: {@code n} working days counted from {@code from}; the step's note is
   * {@code noteKey} with {@code noteArguments} followed by the due date.
   */
  private Deadline countedFrom(
      LocalDate from,
      int n,
      DeadlineRule rule,
      LegalBasis basis,
      @Nullable String policyNote,
      String noteKey,
      Object... noteArguments) {
    LocalDate due = days.plus(from, n);
    Object[] arguments = Arrays.copyOf(noteArguments, noteArguments.length + 1);
    arguments[noteArguments.length] = due;
    return Deadline.of(
        due,
        calendar.getVersion(),
        List.of(DeadlineStep.of(rule, basis, policyNote, from, due, n, noteKey, arguments)));
  }

  /**
   * The last day to publish an item proactively: {@link #proactivePublicationDue(LocalDate)} from
   * its latest change, or from its forming when it never changed.
   *
   * @param item the item; not null
   * @return the deadline
   */
  public Deadline proactivePublicationDue(InformationItem item) {
    InvalidValueException.requireNonNull(item, "item");
    LocalDate changed = item.getChangedOn();
    return proactivePublicationDue(changed != null ? changed : item.getFormedOn());
  }

  // ---------------------------------------------------------------------------------------------

  private LocalDate effectiveReceipt(LocalDate receipt, List<DeadlineStep> trace) {
    if (days.isCounted(receipt) || policy.getRestDayReceipt() == RestDayReceipt.AS_RECEIVED) {
      if (!days.isCounted(receipt)) {
        trace.add(
            DeadlineStep.of(
                DeadlineRule.REST_DAY_RECEIPT,
                null,
                "restDayReceipt=" + RestDayReceipt.AS_RECEIVED.getCode(),
                receipt,
                receipt,
                0,
                "rest-day.as-received",
                receipt));
      }
      return receipt;
    }
    LocalDate next = days.next(receipt);
    trace.add(
        DeadlineStep.of(
            DeadlineRule.REST_DAY_RECEIPT,
            null,
            "restDayReceipt=" + RestDayReceipt.NEXT_WORKING_DAY.getCode(),
            receipt,
            next,
            0,
            "rest-day.next-working-day",
            receipt,
            next));
    return next;
  }

  /** The note key of a pause the regime or policy does not let count, or null when it counts. */
  private @Nullable String ignoredBecause(Pause p, Regime regime) {
    if (p.getKind() == PauseKind.FEE_NOTICE && !policy.isFeeNoticePausesClock()) {
      return "pause.ignored.fee-notice";
    }
    if (p.getKind() == PauseKind.OTHER_AGENCY
        && regime == Regime.R2008
        && !policy.isAgencyConsultationPausesUnder2008()) {
      return "pause.ignored.agency-2008";
    }
    return null;
  }

  /** Sorted union of the pauses; the kind of a merged span is that of its first pause. */
  static List<Pause> merge(List<Pause> pauses) {
    List<Pause> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(Pause::getStart).thenComparing(Pause::getEnd));
    List<Pause> out = new ArrayList<>();
    for (Pause p : sorted) {
      if (!out.isEmpty()) {
        Pause last = out.get(out.size() - 1);
        if (!p.getStart().isAfter(last.getEnd().plusDays(1))) {
          if (p.getEnd().isAfter(last.getEnd())) {
            out.set(out.size() - 1, Pause.of(last.getKind(), last.getStart(), p.getEnd()));
          }
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The n-th counted working day after {@code start} outside the merged pauses. {@code effects}
   * receives, per pause, the working days it excluded, or -1 if it did not matter.
   */
  private LocalDate count(LocalDate start, int n, List<Pause> merged, List<int[]> effects) {
    LocalDate pos = start;
    int remaining = n;
    LocalDate result = null;
    for (Pause iv : merged) {
      if (result != null || !iv.getEnd().isAfter(pos)) {
        effects.add(new int[] {-1});
        continue;
      }
      LocalDate before = iv.getStart().minusDays(1);
      int w = days.between(pos, before);
      if (w >= remaining) {
        result = days.plus(pos, remaining);
        effects.add(new int[] {-1});
        continue;
      }
      remaining -= w;
      LocalDate spanStart = before.isAfter(pos) ? before : pos;
      effects.add(new int[] {days.between(spanStart, iv.getEnd())});
      pos = iv.getEnd();
    }
    return result != null ? result : days.plus(pos, remaining);
  }

  private static LegalBasis receiptBasis(Regime regime) {
    if (regime == Regime.R2019) {
      return LegalBasis.of(Regime.R2019, 31);
    }
    return LegalBasis.builder().regime(Regime.R2008).instrument(LegalInstrument.TIME_LIMITS_2015).build();
  }

  private static LegalBasis replyBasis(Regime regime) {
    return regime == Regime.R2019 ? LegalBasis.of(Regime.R2019, 33, 2) : LegalBasis.of(Regime.R2008, 24);
  }

  private static LegalBasis pauseBasis(Regime regime) {
    return regime == Regime.R2019 ? LegalBasis.of(Regime.R2019, 33, 3) : LegalBasis.of(Regime.R2008, 24);
  }
}

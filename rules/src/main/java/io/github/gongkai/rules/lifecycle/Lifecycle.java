package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Art35DeadlineSet;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyReplied;
import io.github.gongkai.core.request.Withdrawn;
import io.github.gongkai.rules.deadline.DeadlineEngine;
import io.github.gongkai.rules.deadline.DeadlineInput;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.deadline.Pause;
import io.github.gongkai.rules.deadline.PauseKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replays a request's event history into its {@link RequestStatus}.
 *
 * <p>The receipt date is the date of the {@link Received} event; a request handed in person with
 * no such event counts as received on its submission date (2019 Art.31(1)). Without either, the
 * request is {@link RequestState#AWAITING_CONFIRMATION} (channels whose receipt date is a
 * confirmation date, see {@link ReceiptRules}) or {@link RequestState#SUBMITTED}, and no clock
 * runs. The regime is the request's override, else the one in force on the receipt date
 * (submission date before receipt).
 *
 * <p>The history must be possible. Each of these fails with an {@link
 * InconsistentHistoryException} naming both events: dates going backwards; any event after the
 * closing answer, withdrawal or deemed abandonment (so a correction after the answer); any event
 * but a withdrawal before receipt (so an answer before receipt); a second receipt, correction
 * request, correction, extension, Art.35 date or fee notice; a correction without a correction
 * request; a consultation reply without its letter; an extension longer than the regime allows or
 * approved after the due date then in force; an Art.35 date or an information-processing fee
 * under the 2008 Regulation or dated before 2021-01-01, when charging began; a fee paid without a
 * notice; a deemed abandonment whose ground has
 * no outstanding correction request or fee notice, or that is dated on or before the last day of
 * the applicant's correction period (named in the notice) or fee payment period.
 *
 * <p>Stateless and thread-safe.
 */
public final class Lifecycle {
  /** The first day information-processing fees may be charged (国办函〔2020〕109号, docs/legal-reference.md §1). */
  static final LocalDate FEES_FROM = LocalDate.of(2021, 1, 1);

  private Lifecycle() {}

  /**
   * The status of a request under the default {@link LifecyclePolicy}.
   *
   * @param request the request; not null
   * @param calendar the working calendar; not null
   * @return the status
   * @throws InconsistentHistoryException if the history is impossible
   * @throws CalendarCoverageException if an extension must be checked against a due date outside
   *     the calendar (other deadline arithmetic happens when the status is asked for it)
   */
  public static RequestStatus of(InformationRequest request, WorkingCalendar calendar) {
    return of(request, calendar, LifecyclePolicy.defaults());
  }

  /**
   * The status of a request.
   *
   * @param request the request; not null
   * @param calendar the working calendar; not null
   * @param policy the policy; not null
   * @return the status
   * @throws InconsistentHistoryException if the history is impossible
   * @throws CalendarCoverageException if an extension must be checked against a due date outside
   *     the calendar (other deadline arithmetic happens when the status is asked for it)
   */
  public static RequestStatus of(
      InformationRequest request, WorkingCalendar calendar, LifecyclePolicy policy) {
    InvalidValueException.requireNonNull(request, "request");
    InvalidValueException.requireNonNull(calendar, "calendar");
    InvalidValueException.requireNonNull(policy, "policy");
    DeadlineEngine engine = DeadlineEngine.of(calendar, policy.getDeadlinePolicy());
    Replay replay = new Replay(request, engine, policy);
    replay.validate();
    return replay.status();
  }

  /** One consultation: its kind, letter and reply. */
  static final class Consultation {
    final PauseKind kind;
    final LocalDate sentOn;
    final EventRef sent;
    @Nullable LocalDate repliedOn;
    @Nullable EventRef replied;

    Consultation(PauseKind kind, LocalDate sentOn, EventRef sent) {
      this.kind = kind;
      this.sentOn = sentOn;
      this.sent = sent;
    }
  }

  /** The replay of one request's history. Validates once; answers state queries afterwards. */
  static final class Replay {
    final InformationRequest request;
    final DeadlineEngine engine;
    final LifecyclePolicy policy;
    final List<RequestEvent> events;
    final @Nullable LocalDate receiptDate;
    final EventRef receiptRef;
    final Regime regime;

    Replay(InformationRequest request, DeadlineEngine engine, LifecyclePolicy policy) {
      this.request = request;
      this.engine = engine;
      this.policy = policy;
      this.events = request.getEvents();
      LocalDate receipt = null;
      EventRef ref = EventRef.submission(request.getSubmittedOn());
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i) instanceof Received) {
          receipt = events.get(i).getDate();
          ref = EventRef.of(events.get(i), i);
          break;
        }
      }
      if (receipt == null && request.getChannel() == Channel.IN_PERSON) {
        receipt = request.getSubmittedOn();
      }
      this.receiptDate = receipt;
      this.receiptRef = ref;
      Regime override = request.getRegimeOverride();
      this.regime =
          override != null ? override : Regime.forDate(receipt != null ? receipt : request.getSubmittedOn());
    }

    private InconsistentHistoryException conflict(EventRef first, EventRef second, String rule) {
      return new InconsistentHistoryException(request.getId(), first, second, rule);
    }

    /** Checks the whole history, event by event, and throws for the first impossible one. */
    void validate() {
      new HistoryCheck().run();
    }

    /** What the history has established so far, while it is checked in order. */
    private final class HistoryCheck {
      EventRef previous = EventRef.submission(request.getSubmittedOn());
      @Nullable EventRef closing;
      boolean received = receiptDate != null && receiptRef.getIndex() < 0;
      @Nullable EventRef correctionRequested;
      @Nullable EventRef corrected;
      @Nullable EventRef extension;
      @Nullable EventRef art35;
      @Nullable EventRef feeNotice;
      boolean feePending;
      final Map<String, Consultation> consultations = new LinkedHashMap<>();

      void run() {
        for (int i = 0; i < events.size(); i++) {
          RequestEvent e = events.get(i);
          EventRef ref = EventRef.of(e, i);
          inOrderAndOpen(e, ref);
          if (e instanceof Received) {
            if (received) {
              throw conflict(receiptRef, ref, "a request is received once");
            }
            received = true;
          } else if (e instanceof Withdrawn) {
            closing = ref;
          } else {
            afterReceipt(e, ref, i);
          }
          previous = ref;
        }
      }

      /** Dates never go backwards, and nothing follows the event that closed the request. */
      private void inOrderAndOpen(RequestEvent e, EventRef ref) {
        if (e.getDate().isBefore(previous.getDate())) {
          throw conflict(previous, ref, "dates go backwards: events must be in history order");
        }
        EventRef closed = closing;
        if (closed != null) {
          throw conflict(
              closed,
              ref,
              e instanceof Corrected || e instanceof CorrectionRequested
                  ? "a correction after the request was closed"
                  : "no event may follow the answer, withdrawal or deemed abandonment that closed the request");
        }
      }

      /** An event that needs the request received first. */
      private void afterReceipt(RequestEvent e, EventRef ref, int index) {
        if (!received) {
          throw conflict(
              EventRef.submission(request.getSubmittedOn()), ref, e.getKind().getCode() + " before the request was received");
        }
        if (e instanceof CorrectionRequested || e instanceof Corrected) {
          correction(e, ref);
        } else if (e instanceof ThirdPartyConsultationSent) {
          sent(consultations, ((ThirdPartyConsultationSent) e).getConsultationId(), PauseKind.THIRD_PARTY, e, ref);
        } else if (e instanceof AgencyConsultationSent) {
          sent(consultations, ((AgencyConsultationSent) e).getConsultationId(), PauseKind.OTHER_AGENCY, e, ref);
        } else if (e instanceof ThirdPartyReplied) {
          replied(consultations, ((ThirdPartyReplied) e).getConsultationId(), PauseKind.THIRD_PARTY, e, ref);
        } else if (e instanceof AgencyConsultationReplied) {
          replied(consultations, ((AgencyConsultationReplied) e).getConsultationId(), PauseKind.OTHER_AGENCY, e, ref);
        } else if (e instanceof ExtensionApproved) {
          extension((ExtensionApproved) e, ref, index);
        } else if (e instanceof Art35DeadlineSet) {
          art35(ref);
        } else if (e instanceof FeeNoticeIssued || e instanceof FeePaid) {
          fee(e, ref);
        } else if (e instanceof Answered) {
          closing = ref;
        } else if (e instanceof DeemedAbandoned) {
          abandoned(((DeemedAbandoned) e).getGround(), ref);
        }
      }

      /** 2019 Art.30: one correction request (一次性告知), answered by at most one correction. */
      private void correction(RequestEvent e, EventRef ref) {
        EventRef requested = correctionRequested;
        if (e instanceof CorrectionRequested) {
          if (requested != null) {
            throw conflict(requested, ref, "a correction is requested once (Art.30: 一次性告知)");
          }
          correctionRequested = ref;
          return;
        }
        if (requested == null) {
          throw conflict(receiptRef, ref, "a correction needs a correction request first");
        }
        EventRef done = corrected;
        if (done != null) {
          throw conflict(done, ref, "a request is corrected once");
        }
        corrected = ref;
      }

      /** One extension, within the regime's length, approved by the original due date. */
      private void extension(ExtensionApproved e, EventRef ref, int index) {
        EventRef earlier = extension;
        if (earlier != null) {
          throw conflict(earlier, ref, "a reply period is extended once");
        }
        int max = DeadlineEngine.replyWorkingDays(regime);
        int days = e.getWorkingDays();
        if (days > max) {
          throw conflict(
              receiptRef, ref, "an extension of " + days + " working days exceeds the " + max + " allowed under the " + regime.getCode() + " Regulation");
        }
        DeadlineInput before = input(index, e.getDate(), false);
        if (before != null) {
          LocalDate due = engine.compute(before).getDueDate();
          if (e.getDate().isAfter(due)) {
            EventRef from = corrected;
            throw conflict(
                from != null ? from : receiptRef, ref, "an extension must be approved by the original due date " + due);
          }
        }
        extension = ref;
      }

      /** 2019 Art.35: one later reply date, under the 2019 Regulation only. */
      private void art35(EventRef ref) {
        if (regime != Regime.R2019) {
          throw conflict(receiptRef, ref, "an Art.35 date exists only under the 2019 Regulation");
        }
        EventRef earlier = art35;
        if (earlier != null) {
          throw conflict(earlier, ref, "an Art.35 date is set once");
        }
        art35 = ref;
      }

      /** One fee notice per request, under 2019 and from 2021 on (国办函〔2020〕109号); paid once. */
      private void fee(RequestEvent e, EventRef ref) {
        EventRef notice = feeNotice;
        if (e instanceof FeePaid) {
          if (!feePending) {
            throw conflict(notice != null ? notice : receiptRef, ref, "a fee is paid once, after a fee notice");
          }
          feePending = false;
          return;
        }
        if (regime != Regime.R2019) {
          throw conflict(
              receiptRef, ref, "information-processing fees exist only under the 2019 Regulation (Art.42, 国办函〔2020〕109号)");
        }
        if (notice != null) {
          throw conflict(notice, ref, "one fee notice per request (one charging method per request)");
        }
        if (e.getDate().isBefore(FEES_FROM)) {
          throw conflict(
              receiptRef, ref, "information-processing fees are charged from " + FEES_FROM + " (国办函〔2020〕109号)");
        }
        feeNotice = ref;
        feePending = true;
      }

      /** Deemed abandoned for a correction or a fee only while it is outstanding and overdue. */
      private void abandoned(OutcomeGround g, EventRef ref) {
        EventRef done = corrected;
        if (g == OutcomeGround.OTHER_CORRECTION_NOT_MADE && (correctionRequested == null || done != null)) {
          throw conflict(
              done != null ? done : receiptRef, ref, "deemed abandoned for no correction needs an outstanding correction request");
        }
        if (g == OutcomeGround.OTHER_FEE_NOT_PAID && !feePending) {
          EventRef notice = feeNotice;
          throw conflict(
              notice != null ? notice : receiptRef, ref, "deemed abandoned for an unpaid fee needs an outstanding fee notice");
        }
        abandonedAfterPeriod(g, correctionRequested, feeNotice, ref);
        closing = ref;
      }
    }

    /**
     * A request is deemed abandoned only once the applicant's period has run out: the correction
     * period named in the correction notice (2019 Art.30) or the fee payment period ({@link
     * DeadlineEngine#feePaymentDue(LocalDate)}, under 国办函〔2020〕109号). An abandonment dated on or
     * before the last day of that period is an impossible history.
     */
    private void abandonedAfterPeriod(
        OutcomeGround g, @Nullable EventRef correctionRequested, @Nullable EventRef feeNotice, EventRef ref) {
      LocalDate lastDay = null;
      EventRef period = null;
      if (g == OutcomeGround.OTHER_CORRECTION_NOT_MADE && correctionRequested != null) {
        RequestEvent notice = events.get(correctionRequested.getIndex());
        lastDay = ((CorrectionRequested) notice).getCorrectionDueDate();
        period = correctionRequested;
      } else if (g == OutcomeGround.OTHER_FEE_NOT_PAID && feeNotice != null) {
        lastDay = engine.feePaymentDue(feeNotice.getDate()).getDueDate();
        period = feeNotice;
      }
      if (lastDay != null && period != null && !ref.getDate().isAfter(lastDay)) {
        throw conflict(
            period,
            ref,
            "deemed abandoned on "
                + ref.getDate()
                + ", before the applicant's period ended on "
                + lastDay
                + (g == OutcomeGround.OTHER_FEE_NOT_PAID ? " (fee payment)" : " (correction)"));
      }
    }

    private void sent(Map<String, Consultation> open, String id, PauseKind kind, RequestEvent e, EventRef ref) {
      Consultation existing = open.get(kind.getCode() + "/" + id);
      if (existing != null) {
        throw conflict(existing.sent, ref, "consultation id " + id + " is already used");
      }
      open.put(kind.getCode() + "/" + id, new Consultation(kind, e.getDate(), ref));
    }

    private void replied(Map<String, Consultation> open, String id, PauseKind kind, RequestEvent e, EventRef ref) {
      Consultation c = open.get(kind.getCode() + "/" + id);
      if (c == null) {
        throw conflict(receiptRef, ref, "a reply to consultation " + id + ", which was never sent");
      }
      if (c.replied != null) {
        throw conflict(c.replied, ref, "consultation " + id + " is answered once");
      }
      c.replied = ref;
      c.repliedOn = e.getDate();
    }

    /**
     * The deadline input from the first {@code upTo} events, or null when it cannot be known (not
     * received; an unanswered 2008 consultation, which has no statutory reply window, and no
     * {@code openUntil}). Pauses are cut at {@code openUntil} when {@code cut}.
     */
    @Nullable DeadlineInput input(int upTo, @Nullable LocalDate openUntil, boolean cut) {
      if (receiptDate == null) {
        return null;
      }
      DeadlineInput.Builder b = DeadlineInput.builder().receiptDate(receiptDate);
      if (request.getRegimeOverride() != null) {
        b.regime(regime);
      }
      Map<String, Consultation> consultations = new LinkedHashMap<>();
      LocalDate feeNotice = null;
      LocalDate feePaid = null;
      for (int i = 0; i < upTo; i++) {
        RequestEvent e = events.get(i);
        if (e instanceof CorrectionRequested) {
          b.correctionNoticeDate(e.getDate());
        } else if (e instanceof Corrected) {
          b.correctedReceiptDate(e.getDate());
        } else if (e instanceof ThirdPartyConsultationSent) {
          String id = ((ThirdPartyConsultationSent) e).getConsultationId();
          consultations.put("t/" + id, new Consultation(PauseKind.THIRD_PARTY, e.getDate(), EventRef.of(e, i)));
        } else if (e instanceof AgencyConsultationSent) {
          String id = ((AgencyConsultationSent) e).getConsultationId();
          consultations.put("a/" + id, new Consultation(PauseKind.OTHER_AGENCY, e.getDate(), EventRef.of(e, i)));
        } else if (e instanceof ThirdPartyReplied) {
          Consultation c = consultations.get("t/" + ((ThirdPartyReplied) e).getConsultationId());
          if (c != null) {
            c.repliedOn = e.getDate();
          }
        } else if (e instanceof AgencyConsultationReplied) {
          Consultation c = consultations.get("a/" + ((AgencyConsultationReplied) e).getConsultationId());
          if (c != null) {
            c.repliedOn = e.getDate();
          }
        } else if (e instanceof ExtensionApproved) {
          b.extensionWorkingDays(((ExtensionApproved) e).getWorkingDays()).extensionApprovedOn(e.getDate());
        } else if (e instanceof Art35DeadlineSet) {
          b.art35DueDate(((Art35DeadlineSet) e).getDueDate());
        } else if (e instanceof FeeNoticeIssued) {
          feeNotice = e.getDate();
        } else if (e instanceof FeePaid) {
          feePaid = e.getDate();
        }
      }
      for (Consultation c : consultations.values()) {
        LocalDate reply = c.repliedOn;
        if (reply == null && regime == Regime.R2008) {
          if (c.kind == PauseKind.OTHER_AGENCY && !policy.getDeadlinePolicy().isAgencyConsultationPausesUnder2008()) {
            continue;
          }
          if (openUntil == null) {
            return null;
          }
          reply = openUntil.isBefore(c.sentOn) ? c.sentOn : openUntil;
        }
        Optional<Pause> p = engine.consultationPause(c.kind, c.sentOn, reply, regime);
        if (p.isPresent()) {
          addCut(b, p.get(), cut ? openUntil : null);
        }
      }
      if (feeNotice != null) {
        LocalDate end = feePaid != null ? feePaid : engine.feePaymentDue(feeNotice).getDueDate();
        if (end.isAfter(feeNotice)) {
          addCut(b, Pause.of(PauseKind.FEE_NOTICE, feeNotice.plusDays(1), end), cut ? openUntil : null);
        }
      }
      return b.build();
    }

    private static void addCut(DeadlineInput.Builder b, Pause p, @Nullable LocalDate until) {
      if (until == null || !p.getEnd().isAfter(until)) {
        b.addPauses(p);
      } else if (!p.getStart().isAfter(until)) {
        b.addPauses(Pause.of(p.getKind(), p.getStart(), until));
      }
    }

    RequestStatus status() {
      RequestState state = stateAfter(events.size(), null);
      LocalDate closedOn = null;
      OutcomeGround outcome = null;
      LocalDate feeNotice = null;
      boolean feePaid = false;
      for (RequestEvent e : events) {
        if (e instanceof Answered) {
          closedOn = e.getDate();
          outcome = ((Answered) e).getOutcome();
        } else if (e instanceof Withdrawn) {
          closedOn = e.getDate();
          // withdrawn before receipt: never received, so never counted in table 三
          outcome = receiptDate != null && !receiptDate.isAfter(e.getDate()) ? policy.getWithdrawnOutcome() : null;
        } else if (e instanceof DeemedAbandoned) {
          closedOn = e.getDate();
          outcome = ((DeemedAbandoned) e).getGround();
        } else if (e instanceof FeeNoticeIssued) {
          feeNotice = e.getDate();
        } else if (e instanceof FeePaid) {
          feePaid = true;
        }
      }
      return new RequestStatus(
          this, state, receiptDate, outcome, closedOn, feeNotice != null && !feePaid ? feeNotice : null);
    }

    /** The reply deadline after the whole history, or null when it cannot be known. */
    @Nullable DeadlineResult deadline(@Nullable LocalDate closedOn) {
      if (correctionOutstanding()) {
        return null;
      }
      DeadlineInput in = input(events.size(), closedOn, closedOn != null);
      return in == null ? null : engine.compute(in);
    }

    /**
     * Whether a correction was requested and never made, and the request was not answered: the
     * reply period then runs only once the corrected request arrives (2019 Art.30), so there is no
     * reply deadline (and, if abandoned, never was).
     */
    boolean correctionOutstanding() {
      boolean requested = false;
      for (RequestEvent e : events) {
        if (e instanceof CorrectionRequested) {
          requested = true;
        } else if (e instanceof Corrected || e instanceof Answered) {
          requested = false;
        }
      }
      return requested;
    }

    /** The applicant's correction deadline named in an outstanding correction notice, if any. */
    @Nullable LocalDate correctionDueDate() {
      LocalDate due = null;
      for (RequestEvent e : events) {
        if (e instanceof CorrectionRequested) {
          due = ((CorrectionRequested) e).getCorrectionDueDate();
        } else if (e instanceof Corrected) {
          due = null;
        }
      }
      return due;
    }

    /** The state after the first {@code upTo} events, as of {@code asOf} (null: after all of them). */
    RequestState stateAfter(int upTo, @Nullable LocalDate asOf) {
      if (asOf != null && asOf.isBefore(request.getSubmittedOn())) {
        return RequestState.NOT_YET_SUBMITTED;
      }
      boolean received = receiptDate != null && (asOf == null || !receiptDate.isAfter(asOf));
      boolean correctionPending = false;
      int openConsultations = 0;
      boolean extended = false;
      boolean deferred = false;
      boolean feePending = false;
      for (int i = 0; i < upTo; i++) {
        RequestEvent e = events.get(i);
        if (e instanceof Answered) {
          return RequestState.ANSWERED;
        } else if (e instanceof Withdrawn) {
          return RequestState.WITHDRAWN;
        } else if (e instanceof DeemedAbandoned) {
          return RequestState.ABANDONED;
        } else if (e instanceof CorrectionRequested) {
          correctionPending = true;
        } else if (e instanceof Corrected) {
          correctionPending = false;
        } else if (e instanceof ThirdPartyConsultationSent || e instanceof AgencyConsultationSent) {
          openConsultations++;
        } else if (e instanceof ThirdPartyReplied || e instanceof AgencyConsultationReplied) {
          openConsultations--;
        } else if (e instanceof ExtensionApproved) {
          extended = true;
        } else if (e instanceof Art35DeadlineSet) {
          deferred = true;
        } else if (e instanceof FeeNoticeIssued) {
          feePending = true;
        } else if (e instanceof FeePaid) {
          feePending = false;
        }
      }
      if (!received) {
        return ReceiptRules.needsConfirmation(request.getChannel(), regime)
            ? RequestState.AWAITING_CONFIRMATION
            : RequestState.SUBMITTED;
      }
      if (feePending) {
        return RequestState.FEE_PENDING;
      }
      if (correctionPending) {
        return RequestState.AWAITING_CORRECTION;
      }
      if (openConsultations > 0) {
        return RequestState.IN_CONSULTATION;
      }
      if (deferred) {
        return RequestState.DEFERRED;
      }
      return extended ? RequestState.EXTENDED : RequestState.RECEIVED;
    }

    RequestState stateAsOf(LocalDate date) {
      int n = 0;
      while (n < events.size() && !events.get(n).getDate().isAfter(date)) {
        n++;
      }
      return stateAfter(n, date);
    }
  }
}

package io.github.gongkai.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Art35DeadlineSet;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import io.github.gongkai.core.request.Withdrawn;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.deadline.DeadlineRule;
import io.github.gongkai.rules.deadline.DeadlineStep;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static InformationRequest request(Channel channel, String submitted, RequestEvent... events) {
    return InformationRequest.builder()
        .id("R-1")
        .agency("某市人民政府办公室")
        .applicant(
            Applicant.builder()
                .type(ApplicantType.NATURAL_PERSON)
                .name("张三")
                .contacts(Contacts.ofEmail("zhangsan@example.com"))
                .build())
        .channel(channel)
        .submittedOn(d(submitted))
        .description("某地块征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC)
        .delivery(DeliveryMethod.EMAIL)
        .events(List.of(events))
        .build();
  }

  private static RequestStatus status(RequestEvent... events) {
    return Lifecycle.of(request(Channel.ONLINE_PLATFORM, "2025-10-31", events), CAL);
  }

  /** Received on 2025-11-03, asked on 11-05 to name the information, then {@code next}. */
  private static RequestStatus askedToCorrect(RequestEvent next) {
    return status(Received.of(d("2025-11-03")), CorrectionRequested.of(d("2025-11-05"), "所需信息的名称"), next);
  }

  // ---- receipt and confirmation ----

  @Test
  void an_unconfirmed_online_request_awaits_confirmation_and_runs_no_clock() {
    RequestStatus s = status();
    assertThat(s.getState()).isEqualTo(RequestState.AWAITING_CONFIRMATION);
    assertThat(s.getReceiptDate()).isEmpty();
    assertThat(s.getDueDate()).isEmpty();
    assertThat(s.daysOverdue(d("2026-06-01"))).isZero();
    assertThat(s.isOpenAt(d("2025-12-31"))).isFalse();
  }

  @Test
  void in_person_requests_count_as_received_on_submission_and_post_waits_for_signing() {
    RequestStatus inPerson = Lifecycle.of(request(Channel.IN_PERSON, "2025-11-03"), CAL);
    assertThat(inPerson.getState()).isEqualTo(RequestState.RECEIVED);
    assertThat(inPerson.getReceiptDate()).contains(d("2025-11-03"));
    assertThat(inPerson.getDueDate()).contains(d("2025-12-01"));
    assertThat(Lifecycle.of(request(Channel.MAIL, "2025-11-03"), CAL).getState())
        .isEqualTo(RequestState.SUBMITTED);
  }

  @Test
  void regime_follows_the_receipt_date() {
    RequestStatus s =
        Lifecycle.of(request(Channel.EMAIL, "2019-05-10", Received.of(d("2019-05-16"))), CAL);
    assertThat(s.getRegime()).isEqualTo(Regime.R2019);
    assertThat(s.getDeadline().orElseThrow().getReplyWorkingDays()).isEqualTo(20);
  }

  // ---- a full history ----

  @Test
  void consultations_extension_and_answer() {
    RequestStatus s =
        status(
            Received.of(d("2025-11-03")),
            ThirdPartyConsultationSent.of(d("2025-11-05"), "c1", "某公司"),
            AgencyConsultationSent.of(d("2025-11-10"), "a1", "某市住房和城乡建设局"),
            ThirdPartyReplied.of(d("2025-11-11"), "c1", ThirdPartyPosition.NO_OBJECTION),
            AgencyConsultationReplied.of(d("2025-11-14"), "a1", "某市住房和城乡建设局"),
            ExtensionApproved.of(d("2025-11-28"), 10),
            Answered.of(d("2025-12-20"), OutcomeGround.RELEASED));
    // paused 11-06..11-14 (7 working days, counted once): due 12-01 + 7 = 12-10; extended by 10: 12-24
    assertThat(s.getDeadline().orElseThrow().getDueDate()).isEqualTo(d("2025-12-10"));
    assertThat(s.getDueDate()).contains(d("2025-12-24"));
    assertThat(s.getState()).isEqualTo(RequestState.ANSWERED);
    assertThat(s.getOutcome()).contains(OutcomeGround.RELEASED);
    assertThat(s.getClosedOn()).contains(d("2025-12-20"));
    assertThat(s.daysOverdue(d("2026-03-01"))).isZero();
    assertThat(s.getDeadline().orElseThrow().getTrace())
        .filteredOn(st -> st.getRule() == DeadlineRule.PAUSE)
        .extracting(DeadlineStep::getWorkingDays)
        .containsExactly(7);

    assertThat(s.stateAsOf(d("2025-10-30"))).isEqualTo(RequestState.NOT_YET_SUBMITTED);
    assertThat(s.stateAsOf(d("2025-11-01"))).isEqualTo(RequestState.AWAITING_CONFIRMATION);
    assertThat(s.stateAsOf(d("2025-11-04"))).isEqualTo(RequestState.RECEIVED);
    assertThat(s.stateAsOf(d("2025-11-07"))).isEqualTo(RequestState.IN_CONSULTATION);
    assertThat(s.stateAsOf(d("2025-11-29"))).isEqualTo(RequestState.EXTENDED);
    assertThat(s.stateAsOf(d("2025-12-20"))).isEqualTo(RequestState.ANSWERED);
  }

  @Test
  void a_request_spanning_the_year_end_is_carried_over() {
    RequestStatus s =
        status(Received.of(d("2025-12-15")), Answered.of(d("2026-01-09"), OutcomeGround.CANNOT_PROVIDE_NOT_HELD));
    assertThat(s.isOpenAt(d("2025-12-31"))).isTrue(); // 结转下年度 in the 2025 report, 上年结转 in 2026
    assertThat(s.isOpenAt(d("2026-12-31"))).isFalse();
    assertThat(s.isOpenAt(d("2024-12-31"))).isFalse();
    assertThat(s.stateAsOf(d("2025-12-31"))).isEqualTo(RequestState.RECEIVED);
    assertThat(s.getOutcome()).contains(OutcomeGround.CANNOT_PROVIDE_NOT_HELD);
  }

  @Test
  void overdue_days_run_to_the_answer_or_the_day_asked() {
    RequestStatus open = status(Received.of(d("2025-11-03")));
    assertThat(open.isOverdue(d("2025-12-01"))).isFalse();
    assertThat(open.daysOverdue(d("2025-12-11"))).isEqualTo(10);
    RequestStatus late = status(Received.of(d("2025-11-03")), Answered.of(d("2025-12-05"), OutcomeGround.RELEASED));
    assertThat(late.daysOverdue(d("2026-01-01"))).isEqualTo(4);
    assertThat(late.workingDaysOverdue(d("2026-01-01"))).isEqualTo(4); // 12-02..12-05
    assertThat(open.workingDaysOverdue(d("2025-12-11"))).isEqualTo(8); // 12-02..12-05, 12-08..12-11
    assertThat(open.workingDaysOverdue(d("2025-11-20"))).isZero();
  }

  @Test
  void correction_restarts_the_clock_and_unanswered_correction_is_abandonment() {
    RequestStatus s = askedToCorrect(Corrected.of(d("2025-11-10")));
    assertThat(s.getState()).isEqualTo(RequestState.RECEIVED);
    assertThat(s.getDueDate()).contains(d("2025-12-08"));
    assertThat(s.stateAsOf(d("2025-11-06"))).isEqualTo(RequestState.AWAITING_CORRECTION);

    RequestStatus abandoned = askedToCorrect(DeemedAbandoned.of(d("2025-12-05"), OutcomeGround.OTHER_CORRECTION_NOT_MADE));
    assertThat(abandoned.getState()).isEqualTo(RequestState.ABANDONED);
    assertThat(abandoned.getDueDate()).isEmpty();
    assertThat(abandoned.daysOverdue(d("2026-06-01"))).isZero();
    assertThat(abandoned.getOutcome()).contains(OutcomeGround.OTHER_CORRECTION_NOT_MADE);
  }

  @Test
  void an_outstanding_correction_suspends_the_reply_deadline() {
    RequestStatus waiting =
        status(
            Received.of(d("2025-11-03")),
            CorrectionRequested.builder()
                .date(d("2025-11-05"))
                .addItems("所需信息的名称")
                .correctionDueDate(d("2025-11-20"))
                .build());
    assertThat(waiting.getState()).isEqualTo(RequestState.AWAITING_CORRECTION);
    assertThat(waiting.getDueDate()).isEmpty();
    assertThat(waiting.isOverdue(d("2026-02-01"))).isFalse();
    assertThat(waiting.getNextDueDate()).contains(d("2025-11-20"));
    assertThat(waiting.isOpenAt(d("2025-12-31"))).isTrue();
  }

  @Test
  void fee_notice_payment_and_non_payment() {
    FeeNoticeIssued notice = FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13);
    RequestStatus pending = status(Received.of(d("2025-11-03")), notice);
    assertThat(pending.getState()).isEqualTo(RequestState.FEE_PENDING);
    assertThat(pending.getFeePaymentDueDate()).contains(d("2025-12-08"));
    assertThat(pending.getNextDueDate()).contains(d("2025-12-08"));
    assertThat(pending.getDueDate()).contains(d("2025-12-01")); // default: a fee notice does not pause
    RequestStatus paid = status(Received.of(d("2025-11-03")), notice, FeePaid.of(d("2025-11-20")));
    assertThat(paid.getState()).isEqualTo(RequestState.RECEIVED);
    assertThat(paid.getFeePaymentDueDate()).isEmpty();
    assertThat(paid.getNextDueDate()).contains(d("2025-12-01"));
    RequestStatus unpaid =
        status(Received.of(d("2025-11-03")), notice, DeemedAbandoned.of(d("2025-12-09"), OutcomeGround.OTHER_FEE_NOT_PAID));
    assertThat(unpaid.getOutcome()).contains(OutcomeGround.OTHER_FEE_NOT_PAID);
  }

  static Stream<Arguments> applicantPeriods() {
    return Stream.of(
        // fee notice 2025-11-10: payment due 2025-12-08 (20 working days from the next day)
        Arguments.of(
            FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13),
            OutcomeGround.OTHER_FEE_NOT_PAID,
            d("2025-12-08"),
            "fee-notice-issued",
            "(fee payment)"),
        Arguments.of(
            CorrectionRequested.builder()
                .date(d("2025-11-05"))
                .addItems("所需信息的名称")
                .correctionDueDate(d("2025-11-20"))
                .build(),
            OutcomeGround.OTHER_CORRECTION_NOT_MADE,
            d("2025-11-20"),
            "correction-requested",
            "(correction)"));
  }

  @ParameterizedTest
  @MethodSource("applicantPeriods")
  void abandonment_before_the_applicants_period_ended_is_refused(
      RequestEvent period, OutcomeGround ground, LocalDate lastDay, String kind, String what) {
    RequestEvent received = Received.of(d("2025-11-03"));
    for (LocalDate early : List.of(lastDay.minusDays(3), lastDay)) {
      InconsistentHistoryException e = conflict(received, period, DeemedAbandoned.of(early, ground));
      assertThat(e.getFirst().getKind()).isEqualTo(kind);
      assertThat(e.getRule())
          .contains("deemed abandoned on " + early + ", before the applicant's period ended on " + lastDay)
          .contains(what);
    }
    RequestStatus after = status(received, period, DeemedAbandoned.of(lastDay.plusDays(1), ground));
    assertThat(after.getState()).isEqualTo(RequestState.ABANDONED);
    assertThat(after.getOutcome()).contains(ground);
  }

  @Test
  void a_fee_notice_pauses_the_clock_only_under_that_policy() {
    InformationRequest r =
        request(
            Channel.ONLINE_PLATFORM,
            "2025-10-31",
            Received.of(d("2025-11-03")),
            FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13),
            FeePaid.of(d("2025-11-14")));
    assertThat(Lifecycle.of(r, CAL).getDueDate()).contains(d("2025-12-01"));
    LifecyclePolicy pausing =
        LifecyclePolicy.builder()
            .deadlinePolicy(DeadlinePolicy.builder().feeNoticePausesClock(true).build())
            .build();
    // 11-11..11-14 paused: 4 working days
    assertThat(Lifecycle.of(r, CAL, pausing).getDueDate()).contains(d("2025-12-05"));
  }

  @Test
  void withdrawn_requests_are_counted_under_other_by_default() {
    RequestStatus s = status(Received.of(d("2025-11-03")), Withdrawn.of(d("2025-11-07")));
    assertThat(s.getState()).isEqualTo(RequestState.WITHDRAWN);
    assertThat(s.getOutcome()).contains(OutcomeGround.OTHER);
    assertThat(s.getClosedOn()).contains(d("2025-11-07"));
    RequestStatus beforeReceipt = status(Withdrawn.of(d("2025-11-03")));
    assertThat(beforeReceipt.getState()).isEqualTo(RequestState.WITHDRAWN);
    assertThat(beforeReceipt.getOutcome()).isEmpty();
    assertThat(beforeReceipt.getClosedOn()).contains(d("2025-11-03"));
    assertThat(beforeReceipt.isOpenAt(d("2025-11-01"))).isFalse();
    assertThatThrownBy(() -> LifecyclePolicy.builder().withdrawnOutcome(OutcomeGround.RELEASED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("withdrawnOutcome");
  }

  @Test
  void art35_date_binds_and_defers() {
    RequestStatus s =
        status(Received.of(d("2025-11-03")), Art35DeadlineSet.of(d("2025-11-20"), d("2026-01-30"), "申请数量明显超过合理范围"));
    assertThat(s.getState()).isEqualTo(RequestState.DEFERRED);
    assertThat(s.getDueDate()).contains(d("2026-01-30"));
  }

  @Test
  void an_unanswered_2008_consultation_leaves_the_due_date_open() {
    RequestStatus s =
        Lifecycle.of(
            request(
                Channel.IN_PERSON,
                "2017-06-19",
                ThirdPartyConsultationSent.of(d("2017-06-20"), "c1", "某公司")),
            CAL);
    assertThat(s.getState()).isEqualTo(RequestState.IN_CONSULTATION);
    assertThat(s.getDueDate()).isEmpty();
  }

  // ---- impossible histories ----

  private static InconsistentHistoryException conflict(RequestEvent... events) {
    try {
      status(events);
    } catch (InconsistentHistoryException e) {
      assertThat(e).isInstanceOf(GongkaiException.class);
      return e;
    }
    throw new AssertionError("expected an InconsistentHistoryException");
  }

  @Test
  void an_answer_before_receipt() {
    InconsistentHistoryException e =
        conflict(Answered.of(d("2025-11-05"), OutcomeGround.RELEASED), Received.of(d("2025-11-06")));
    assertThat(e.getFirst().getKind()).isEqualTo("submitted");
    assertThat(e.getSecond().getKind()).isEqualTo("answered");
    assertThat(e.getSecond().getIndex()).isZero();
    assertThat(e.getMessage()).contains("answered on 2025-11-05 (event #0)").contains("before the request was received");
  }

  @Test
  void a_second_extension() {
    InconsistentHistoryException e =
        conflict(
            Received.of(d("2025-11-03")),
            ExtensionApproved.of(d("2025-11-20"), 5),
            ExtensionApproved.of(d("2025-11-21"), 5));
    assertThat(e.getFirst()).hasToString("extension-approved on 2025-11-20 (event #1)");
    assertThat(e.getSecond()).hasToString("extension-approved on 2025-11-21 (event #2)");
  }

  @Test
  void an_extension_after_the_due_date() {
    InconsistentHistoryException e =
        conflict(Received.of(d("2025-11-03")), ExtensionApproved.of(d("2025-12-02"), 10));
    assertThat(e.getFirst().getKind()).isEqualTo("received");
    assertThat(e.getSecond().getKind()).isEqualTo("extension-approved");
    assertThat(e.getRule()).contains("2025-12-01");
  }

  @Test
  void an_extension_longer_than_the_2008_regime_allows() {
    assertThatThrownBy(
            () ->
                Lifecycle.of(
                    request(Channel.IN_PERSON, "2017-06-19", ExtensionApproved.of(d("2017-06-30"), 16)), CAL))
        .isInstanceOf(InconsistentHistoryException.class)
        .hasMessageContaining("exceeds the 15");
  }

  @Test
  void a_correction_after_the_answer() {
    InconsistentHistoryException e =
        conflict(
            Received.of(d("2025-11-03")),
            CorrectionRequested.of(d("2025-11-04"), "x"),
            Answered.of(d("2025-11-20"), OutcomeGround.CANNOT_PROVIDE_STILL_UNCLEAR),
            Corrected.of(d("2025-11-21")));
    assertThat(e.getFirst().getKind()).isEqualTo("answered");
    assertThat(e.getSecond().getKind()).isEqualTo("corrected");
    assertThat(e.getRule()).contains("correction after");
  }

  @Test
  void events_after_closing_and_other_impossibilities() {
    assertThat(conflict(Received.of(d("2025-11-03")), Withdrawn.of(d("2025-11-04")), FeePaid.of(d("2025-11-05"))).getFirst().getKind())
        .isEqualTo("withdrawn");
    assertThat(conflict(Received.of(d("2025-11-03")), Received.of(d("2025-11-04"))).getRule()).contains("received once");
    assertThat(conflict(Received.of(d("2025-11-03")), Corrected.of(d("2025-11-04"))).getRule())
        .contains("correction request first");
    assertThat(conflict(Received.of(d("2025-11-03")), ThirdPartyReplied.of(d("2025-11-04"), "zz", ThirdPartyPosition.OBJECTS)).getRule())
        .contains("never sent");
    assertThat(conflict(Received.of(d("2025-11-03")), FeePaid.of(d("2025-11-04"))).getRule()).contains("after a fee notice");
    assertThat(
            conflict(Received.of(d("2025-11-03")), DeemedAbandoned.of(d("2025-11-30"), OutcomeGround.OTHER_FEE_NOT_PAID)).getRule())
        .contains("outstanding fee notice");
    assertThat(
            conflict(
                    Received.of(d("2025-11-03")),
                    CorrectionRequested.of(d("2025-11-04"), "x"),
                    CorrectionRequested.of(d("2025-11-05"), "y"))
                .getRule())
        .contains("一次性告知");
    assertThatThrownBy(
            () ->
                Lifecycle.of(
                    request(
                        Channel.IN_PERSON,
                        "2020-11-02",
                        FeeNoticeIssued.of(d("2020-11-10"), Yuan.of(100), FeeMethod.PER_VOLUME, 40)),
                    CAL))
        .isInstanceOf(InconsistentHistoryException.class)
        .hasMessageContaining("2021-01-01");
  }
}

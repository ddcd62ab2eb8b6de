package io.github.gongkai.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import io.github.gongkai.core.request.Withdrawn;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which two events a history conflict names, and the reply deadline of a request closed while a
 * consultation or fee notice was still open. 2025-11-03 is a Monday; 20 working days later is
 * 2025-12-01. 2017-06-19 is a Monday under the 2008 Regulation.
 */
class HistoryConflictsAndClosedRequestDeadlinesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static InformationRequest request(String submitted, @Nullable Regime override, RequestEvent... events) {
    InformationRequest.Builder b =
        InformationRequest.builder()
            .id("R-7")
            .agency("某市人民政府办公室")
            .applicant(
                Applicant.builder()
                    .type(ApplicantType.NATURAL_PERSON)
                    .name("李四")
                    .contacts(Contacts.ofEmail("lisi@example.com"))
                    .build())
            .channel(Channel.ONLINE_PLATFORM)
            .submittedOn(d(submitted))
            .description("某道路改造工程批复")
            .requestedForm(InformationForm.ELECTRONIC)
            .delivery(DeliveryMethod.EMAIL)
            .events(List.of(events));
    if (override != null) {
      b.regimeOverride(override);
    }
    return b.build();
  }

  private static RequestStatus status(RequestEvent... events) {
    return Lifecycle.of(request("2025-10-31", null, events), CAL);
  }

  private static InconsistentHistoryException conflict(RequestEvent... events) {
    InconsistentHistoryException e = catchThrowableOfType(InconsistentHistoryException.class, () -> status(events));
    assertThat(e).as("history should be rejected").isNotNull();
    assertThat(e.getRequestId()).isEqualTo("R-7");
    return e;
  }

  private static final Received RECEIVED = Received.of(d("2025-11-03"));

  // ---- which events a conflict names ----

  @Test
  void a_correction_after_the_answer_is_named_as_such() {
    Answered answer = Answered.of(d("2025-11-20"), OutcomeGround.RELEASED);
    InconsistentHistoryException e = conflict(RECEIVED, answer, CorrectionRequested.of(d("2025-11-21"), "名称"));
    assertThat(e.getRule()).contains("correction after the request was closed");
    assertThat(e.getFirst()).isEqualTo(EventRef.of(answer, 1));
    assertThat(e.getSecond().getIndex()).isEqualTo(2);
    InconsistentHistoryException other = conflict(RECEIVED, answer, FeePaid.of(d("2025-11-21")));
    assertThat(other.getRule()).contains("no event may follow").doesNotContain("correction");
  }

  @Test
  void an_agency_consultation_is_answered_once() {
    AgencyConsultationReplied reply = AgencyConsultationReplied.of(d("2025-11-06"), "a1", "某市自然资源局");
    InconsistentHistoryException e =
        conflict(
            RECEIVED,
            AgencyConsultationSent.of(d("2025-11-04"), "a1", "某市自然资源局"),
            reply,
            AgencyConsultationReplied.of(d("2025-11-07"), "a1", "某市自然资源局"));
    assertThat(e.getRule()).contains("answered once");
    assertThat(e.getFirst()).isEqualTo(EventRef.of(reply, 2));
    assertThat(e.getFirst()).isNotEqualTo(EventRef.of(reply, 3));
  }

  @Test
  void the_full_extension_is_accepted_and_one_more_day_is_not() {
    RequestStatus s = status(RECEIVED, ExtensionApproved.of(d("2025-11-28"), 20));
    assertThat(s.getState()).isEqualTo(RequestState.EXTENDED);
    assertThat(s.getDueDate()).contains(d("2025-12-29"));
    InconsistentHistoryException e =
        catchThrowableOfType(
            InconsistentHistoryException.class,
            () ->
                Lifecycle.of(
                    request("2017-06-16", null, Received.of(d("2017-06-19")), ExtensionApproved.of(d("2017-07-03"), 16)),
                    CAL));
    assertThat(e.getRule()).contains("exceeds the 15");
    assertThat(
            Lifecycle.of(
                    request("2017-06-16", null, Received.of(d("2017-06-19")), ExtensionApproved.of(d("2017-07-03"), 15)),
                    CAL)
                .getState())
        .isEqualTo(RequestState.EXTENDED);
  }

  @Test
  void a_fee_payment_without_a_notice_points_at_the_receipt_and_a_second_payment_at_the_notice() {
    InconsistentHistoryException noNotice = conflict(RECEIVED, FeePaid.of(d("2025-11-10")));
    assertThat(noNotice.getFirst()).isEqualTo(EventRef.of(RECEIVED, 0));
    FeeNoticeIssued notice = FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13);
    InconsistentHistoryException twice =
        conflict(RECEIVED, notice, FeePaid.of(d("2025-11-12")), FeePaid.of(d("2025-11-13")));
    assertThat(twice.getFirst()).isEqualTo(EventRef.of(notice, 1));
  }

  static Stream<Arguments> settledPeriods() {
    Corrected corrected = Corrected.of(d("2025-11-10"));
    FeeNoticeIssued notice = FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13);
    return Stream.of(
        // no correction after the correction was received: points at the correction
        Arguments.of(
            OutcomeGround.OTHER_CORRECTION_NOT_MADE,
            List.of(CorrectionRequested.of(d("2025-11-05"), "名称"), corrected),
            EventRef.of(corrected, 2)),
        // an unpaid fee after it was paid: points at the notice
        Arguments.of(
            OutcomeGround.OTHER_FEE_NOT_PAID,
            List.of(notice, FeePaid.of(d("2025-11-12"))),
            EventRef.of(notice, 1)));
  }

  @ParameterizedTest
  @MethodSource("settledPeriods")
  void abandonment_for_a_period_settled_or_never_opened_points_at_what_rules_it_out(
      OutcomeGround ground, List<RequestEvent> settled, EventRef first) {
    DeemedAbandoned abandoned = DeemedAbandoned.of(d("2025-12-20"), ground);
    List<RequestEvent> events = new ArrayList<>(List.of(RECEIVED));
    events.addAll(settled);
    events.add(abandoned);
    assertThat(conflict(events.toArray(new RequestEvent[0])).getFirst()).isEqualTo(first);
    // the period never opened: points at the receipt
    assertThat(conflict(RECEIVED, abandoned).getFirst()).isEqualTo(EventRef.of(RECEIVED, 0));
  }

  // ---- deadlines ----

  @Test
  void a_regime_override_on_the_request_sets_the_reply_period() {
    RequestStatus s = Lifecycle.of(request("2025-10-31", Regime.R2008, RECEIVED), CAL);
    assertThat(s.getRegime()).isEqualTo(Regime.R2008);
    assertThat(s.getDeadline().orElseThrow().getReplyWorkingDays()).isEqualTo(15);
    assertThat(s.getDeadline().orElseThrow().getRegime()).isEqualTo(Regime.R2008);
  }

  @ParameterizedTest
  @CsvSource({
    // sent the day before: paused 2025-11-05..11-07, 3 working days
    "2025-11-04, 2025-12-04",
    // sent on the answer date: nothing paused
    "2025-11-07, 2025-12-01"
  })
  void answering_during_a_consultation_ends_its_pause_on_the_answer_date(LocalDate sent, LocalDate due) {
    RequestStatus s =
        status(
            RECEIVED,
            ThirdPartyConsultationSent.of(sent, "c1", "某公司"),
            Answered.of(d("2025-11-07"), OutcomeGround.RELEASED));
    assertThat(s.getDueDate()).contains(due);
    assertThat(s.isOverdue(d("2025-12-31"))).isFalse();
  }

  @Test
  void withdrawing_while_a_fee_is_unpaid_ends_the_fee_pause_on_withdrawal() {
    LifecyclePolicy feePauses =
        LifecyclePolicy.builder().deadlinePolicy(DeadlinePolicy.builder().feeNoticePausesClock(true).build()).build();
    RequestStatus s =
        Lifecycle.of(
            request(
                "2025-10-31",
                null,
                RECEIVED,
                FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13),
                Withdrawn.of(d("2025-11-12"))),
            CAL,
            feePauses);
    assertThat(s.getState()).isEqualTo(RequestState.WITHDRAWN);
    // paused 2025-11-11..11-12: 2 working days
    assertThat(s.getDueDate()).contains(d("2025-12-03"));
  }

  @Test
  void under_2008_an_unanswered_third_party_consultation_leaves_the_due_date_open_until_closing() {
    ThirdPartyConsultationSent sent = ThirdPartyConsultationSent.of(d("2017-06-20"), "c1", "某公司");
    RequestStatus open = Lifecycle.of(request("2017-06-16", null, Received.of(d("2017-06-19")), sent), CAL);
    assertThat(open.getState()).isEqualTo(RequestState.IN_CONSULTATION);
    assertThat(open.getDueDate()).isEmpty();
    RequestStatus answered =
        Lifecycle.of(
            request(
                "2017-06-16",
                null,
                Received.of(d("2017-06-19")),
                sent,
                Answered.of(d("2017-07-20"), OutcomeGround.RELEASED)),
            CAL);
    // 06-20 is day 1; paused 06-21..07-20; days 2..15 run 07-21..08-09
    assertThat(answered.getDueDate()).contains(d("2017-08-09"));
  }

  @Test
  void under_2008_an_unanswered_agency_consultation_does_not_hold_the_deadline() {
    RequestStatus s =
        Lifecycle.of(
            request(
                "2017-06-16",
                null,
                Received.of(d("2017-06-19")),
                AgencyConsultationSent.of(d("2017-06-20"), "a1", "某市国土资源局")),
            CAL);
    assertThat(s.getDueDate()).contains(d("2017-07-10"));
  }

  @Test
  void the_next_due_date_while_awaiting_correction_is_the_applicants_correction_deadline() {
    CorrectionRequested notice =
        CorrectionRequested.builder()
            .from(CorrectionRequested.of(d("2025-11-05"), "所需信息的名称"))
            .correctionDueDate(d("2025-11-20"))
            .build();
    RequestStatus s =
        status(RECEIVED, notice, ThirdPartyConsultationSent.of(d("2025-11-06"), "c1", "某公司"));
    assertThat(s.getState()).isEqualTo(RequestState.AWAITING_CORRECTION);
    assertThat(s.getNextDueDate()).contains(d("2025-11-20"));
    RequestStatus corrected = status(RECEIVED, notice, Corrected.of(d("2025-11-10")));
    assertThat(corrected.getState()).isEqualTo(RequestState.RECEIVED);
    assertThat(corrected.getNextDueDate()).isEqualTo(corrected.getDueDate());
    assertThat(corrected.getNextDueDate()).isNotEqualTo(java.util.Optional.of(d("2025-11-20")));
  }

  @Test
  void a_status_names_its_request() {
    assertThat(status(RECEIVED).getRequestId()).isEqualTo("R-7");
  }
}

package io.github.gongkai.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.rules.deadline.DeadlineResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON view and the text form of a status carry the same values as its getters. */
class RequestStatusViewsTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static RequestStatus status(RequestEvent... events) {
    InformationRequest r = InformationRequest.builder()
        .id("R-7")
        .agency("某市人民政府办公室")
        .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
            .contacts(Contacts.ofEmail("zhangsan@example.com")).build())
        .channel(Channel.ONLINE_PLATFORM)
        .submittedOn(d("2025-10-31"))
        .description("某地块征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC)
        .delivery(DeliveryMethod.EMAIL)
        .events(List.of(events))
        .build();
    return Lifecycle.of(r, ChinaCalendars.official());
  }

  @Test
  void jsonViewOfAnAnsweredRequest() {
    RequestStatus s = status(Received.of(d("2025-11-03")), Answered.of(d("2025-11-20"), OutcomeGround.RELEASED));
    assertThat(s.receiptDateForJson()).isEqualTo(d("2025-11-03"));
    assertThat(s.closedOnForJson()).isEqualTo(d("2025-11-20"));
    assertThat(s.outcomeForJson()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(s.dueDateForJson()).isEqualTo(s.getDueDate().orElseThrow());
    assertThat(s.deadlineForJson()).isEqualTo(s.getDeadline().orElseThrow());
    assertThat(s.toString())
        .isEqualTo("RequestStatus{R-7, " + s.getState().getCode() + ", due " + s.getDueDate().orElseThrow()
            + ", outcome " + OutcomeGround.RELEASED.getCode() + "}");
  }

  @Test
  void jsonViewOfAPendingFee() {
    RequestStatus s = status(Received.of(d("2025-11-03")),
        FeeNoticeIssued.of(d("2025-11-10"), Yuan.of(300), FeeMethod.PER_ITEM, 13));
    assertThat(s.feePaymentDueDateForJson()).isEqualTo(s.getFeePaymentDueDate().orElseThrow());
    assertThat(s.nextDueDateForJson()).isEqualTo(s.getNextDueDate().orElseThrow());
    assertThat(s.outcomeForJson()).isNull();
    assertThat(s.closedOnForJson()).isNull();
  }

  @Test
  void textOfARequestWithoutReceipt() {
    RequestStatus s = status();
    assertThat(s.receiptDateForJson()).isNull();
    assertThat(s.toString()).isEqualTo("RequestStatus{R-7, " + s.getState().getCode() + "}");
  }

  @Test
  void overdueOnlyAfterTheBindingDueDate() {
    DeadlineResult r = status(Received.of(d("2025-11-03"))).getDeadline().orElseThrow();
    LocalDate due = r.getEffectiveDueDate();
    assertThat(r.isOverdueOn(due)).isFalse();
    assertThat(r.isOverdueOn(due.plusDays(1))).isTrue();
    assertThat(r.daysOverdue(due.minusDays(2))).isZero();
    assertThat(r.daysOverdue(due.plusDays(3))).isEqualTo(3);
  }
}

package io.github.gongkai.rules.publication;

import static io.github.gongkai.rules.publication.PublicationTrackerTest.decision;
import static io.github.gongkai.rules.publication.PublicationTrackerTest.ev;
import static io.github.gongkai.rules.publication.PublicationTrackerTest.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The agenda on a day across items, decisions and requests. */
class AgendaTest {
  private static final PublicationTracker TRACKER = PublicationTracker.of(ChinaCalendars.official());

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static InformationRequest request(String id, String received) {
    return InformationRequest.builder()
        .id(id)
        .agency("某局")
        .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("李四").contacts(Contacts.ofPhone("13812345678")).build())
        .channel(Channel.IN_PERSON)
        .submittedOn(d(received))
        .description("某地块征收补偿方案")
        .requestedForm(InformationForm.PAPER)
        .delivery(DeliveryMethod.POST)
        .addEvents(Received.of(d(received)))
        .build();
  }

  @Test
  void overdue_and_due_soon_across_items_decisions_and_requests() {
    // As of Mon 2024-10-28 with a window of 3 working days: 10-29, 10-30, 10-31 -> window end Thu 10-31.
    AgendaBuilder b = TRACKER.agenda(d("2024-10-28"), 3);
    assertThat(b.getWindowEnd()).isEqualTo(d("2024-10-31"));
    Agenda a =
        b
            // formed Fri 09-27, due Wed 10-30: due soon, 2 working days left (10-29, 10-30)
            .add(item("I-1", "2024-09-27"))
            // formed Fri 09-27 but published in time: nothing to do
            .add(item("I-2", "2024-09-27", ev(PublicationEventKind.PUBLISHED, "2024-10-10")))
            // formed Fri 10-25: due in November, outside the window
            .add(item("I-3", "2024-10-25"))
            // licence decided Thu 10-10: 10-11, 10-12 (make-up), 10-14..10-18 -> due Fri 10-18, overdue 10 days, 6 working days (10-21..10-25, 10-28)
            .add(decision("某许〔2024〕7号", EnforcementKind.LICENCE, "2024-10-10").matter("建设工程规划许可").build())
            // decided after the agenda date: not yet a duty
            .add(decision("某许〔2024〕8号", EnforcementKind.LICENCE, "2024-10-29").build())
            // request received Fri 09-27: reply due 10-30 (2019 Art.33), open: due soon
            .add(request("Q-1", "2024-09-27"))
            // answered before the agenda date: not listed
            .add(request("Q-2", "2024-09-27").withEvent(Answered.of(d("2024-10-20"), OutcomeGround.RELEASED)))
            .build();
    assertThat(a.getOverdue()).singleElement().satisfies(e -> {
      assertThat(e.getSubject()).isEqualTo(AgendaSubject.DECISION);
      assertThat(e.getId()).isEqualTo("某许〔2024〕7号");
      assertThat(e.getDueDate()).isEqualTo(d("2024-10-18"));
      assertThat(e.getDaysLate()).isEqualTo(10);
      assertThat(e.getWorkingDaysLate()).isEqualTo(6);
      assertThat(e.getWorkingDaysLeft()).isNull();
      assertThat(e.getTitle()).isEqualTo("建设工程规划许可");
      assertThat(e.getPolicy()).isEqualTo("licenceWorkingDays=7");
      assertThat(e.isInterpretation()).isTrue();
    });
    assertThat(a.getDueSoon()).extracting(AgendaEntry::getId).containsExactly("I-1", "Q-1");
    assertThat(a.getDueSoon().get(0).getWorkingDaysLeft()).isEqualTo(2);
    assertThat(a.getDueSoon().get(0).getCitation()).isEqualTo("《中华人民共和国政府信息公开条例》第二十六条");
    assertThat(a.getDueSoon().get(0).isInterpretation()).isFalse();
    assertThat(a.getDueSoon().get(1).getDuty()).isEqualTo(AgendaDuty.REPLY);
    assertThat(a.getDueSoon().get(1).getCitation()).isEqualTo("《中华人民共和国政府信息公开条例》第三十三条第二款");
    assertThat(a.getOverdueCount()).isEqualTo(1);
    assertThat(a.getDueSoonCount()).isEqualTo(2);
  }

  @Test
  void a_request_answered_after_the_agenda_date_was_still_open_on_it() {
    Agenda a =
        TRACKER.agenda(d("2024-11-04"), 0)
            .add(AgendaRecord.of(request("Q-3", "2024-09-27").withEvent(Answered.of(d("2024-11-06"), OutcomeGround.RELEASED))))
            .build();
    // due Wed 10-30; on Mon 11-04: 5 calendar days, 3 working days (10-31, 11-01, 11-04)
    assertThat(a.getOverdue()).singleElement().satisfies(e -> {
      assertThat(e.getDaysLate()).isEqualTo(5);
      assertThat(e.getWorkingDaysLate()).isEqualTo(3);
    });
  }

  @Test
  void a_withdrawn_item_has_no_duty_and_the_window_may_not_be_negative() {
    PublicationItem withdrawn =
        item("I-9", "2024-09-02", ev(PublicationEventKind.PUBLISHED, "2024-09-03"), ev(PublicationEventKind.WITHDRAWN, "2024-09-05"));
    assertThat(TRACKER.agenda(d("2024-12-02"), 5).add(withdrawn).build().getOverdue()).isEmpty();
    assertThatThrownBy(() -> TRACKER.agenda(d("2024-12-02"), -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void an_agenda_record_holds_exactly_one_thing() {
    assertThatThrownBy(() -> ImmutableAgendaRecord.builder().build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ImmutableAgendaRecord.builder().item(item("I", "2024-09-27"))
            .decision(decision("D", EnforcementKind.LICENCE, "2024-09-27").build()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("exactly one");
  }
}

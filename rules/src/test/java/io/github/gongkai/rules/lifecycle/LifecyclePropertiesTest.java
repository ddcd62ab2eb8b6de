package io.github.gongkai.rules.lifecycle;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LifecyclePropertiesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();

  private static RequestStatus status(
      LocalDate submitted, int confirmAfter, int consultAfter, int consultDays, int answerAfter, boolean answered) {
    List<RequestEvent> events = new ArrayList<>();
    LocalDate received = submitted.plusDays(confirmAfter);
    events.add(Received.of(received));
    LocalDate sent = received.plusDays(consultAfter);
    events.add(ThirdPartyConsultationSent.of(sent, "c1", "某公司"));
    events.add(ThirdPartyReplied.of(sent.plusDays(consultDays), "c1", ThirdPartyPosition.CONSENTS));
    if (answered) {
      events.add(Answered.of(sent.plusDays(consultDays + answerAfter), OutcomeGround.RELEASED));
    }
    InformationRequest r =
        InformationRequest.builder()
            .id("P-1")
            .agency("某局")
            .applicant(
                Applicant.builder()
                    .type(ApplicantType.RESEARCH_INSTITUTION)
                    .name("某研究所")
                    .contacts(Contacts.ofEmail("office@example.com"))
                    .build())
            .channel(Channel.EMAIL)
            .submittedOn(submitted)
            .description("某项目环评报告")
            .requestedForm(InformationForm.ELECTRONIC)
            .delivery(DeliveryMethod.EMAIL)
            .events(events)
            .build();
    return Lifecycle.of(r, CAL);
  }

  /** The generated shape of one history. */
  record Timeline(
      int start, int confirmAfter, int consultAfter, int consultDays, int answerAfter, boolean answered) {}

  static Gen<Timeline> timelines() {
    Gen<int[]> first =
        integers()
            .between(0, 5000)
            .zip(integers().between(0, 5), integers().between(0, 30), (a, b, c) -> new int[] {a, b, c});
    return first.zip(
        integers().between(0, 30),
        integers().between(0, 40),
        booleans().all(),
        (f, consultDays, answerAfter, answered) ->
            new Timeline(f[0], f[1], f[2], consultDays, answerAfter, answered));
  }

  @Test
  void open_at_a_date_exactly_when_received_and_not_yet_closed() {
    qt().forAll(timelines(), integers().between(-10, 150))
        .checkAssert(
            (t, probe) -> {
              LocalDate submitted = LocalDate.of(2010, 1, 4).plusDays(t.start());
              RequestStatus s =
                  status(submitted, t.confirmAfter(), t.consultAfter(), t.consultDays(), t.answerAfter(), t.answered());
              LocalDate day = submitted.plusDays(probe);
              RequestState then = s.stateAsOf(day);
              assertThat(s.isOpenAt(day)).isEqualTo(then.isOpen());
              if (s.getClosedOn().isPresent() && !day.isBefore(s.getClosedOn().get())) {
                assertThat(then).isEqualTo(RequestState.ANSWERED);
              }
              assertThat(s.getDueDate()).isPresent();
              assertThat(CAL.isWorkingDay(s.getDueDate().get())).isTrue();
              // consultation time is excluded, so the due date is never before the plain one
              assertThat(s.getDueDate().get())
                  .isAfterOrEqualTo(CAL.plusWorkingDays(s.getReceiptDate().get(), 15));
            });
  }
}

package io.github.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.check.ReportChecker;
import io.github.gongkai.rules.decision.DecisionContext;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import io.github.gongkai.rules.redact.RedactionResult;
import io.github.gongkai.rules.redact.Redactor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and true. */
class QuickStartTest {

  @Test
  void quick_start() {
    // --- README quick start begins
    WorkingCalendar calendar = ChinaCalendars.official();          // State Council calendar 2008–2026
    InformationRequest request = InformationRequest.builder()
        .id("2024-0001").agency("江河市自然资源和规划局")
        .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
            .contacts(Contacts.ofPhone("13812345678")).build())
        .channel(Channel.ONLINE_PLATFORM).submittedOn(LocalDate.of(2024, 9, 27))
        .description("东湖片区房屋征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC).delivery(DeliveryMethod.EMAIL)
        .addEvents(Received.of(LocalDate.of(2024, 9, 27)))
        .build();
    RequestStatus status = Lifecycle.of(request, calendar);      // 20 working days, Art.33 (2019)
    LocalDate due = status.getDueDate().orElseThrow();           // 2024-10-30: National Day skipped, 调休 counted

    InformationItem item = InformationItem.builder().id("G-12").title("国有建设用地使用权出让合同")
        .producingAgency("江河市自然资源和规划局").formedOn(LocalDate.of(2023, 6, 1)).build();
    DisclosureDecision decision = DisclosureDecider.standard().decide(item, DecisionContext.of(due));
    RedactionResult redacted = Redactor.standard().redact("受让人联系电话：13912345678");

    InformationRequest answered = request.withEvent(Answered.of(due, decision.getReportRow()));
    AnnualReport report = ReportAccumulator.forYear(2024).add(answered, calendar)
        .toReport(ReportFormat.forYear(2024), "江河市自然资源和规划局");
    boolean addsUp = ReportChecker.standard().check(report).isConsistent();
    // --- README quick start ends

    assertThat(due).isEqualTo(LocalDate.of(2024, 10, 30));
    assertThat(decision.getReportRow()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(redacted.getText()).isEqualTo("受让人联系电话：139****5678");
    assertThat(addsUp).isTrue();
  }
}

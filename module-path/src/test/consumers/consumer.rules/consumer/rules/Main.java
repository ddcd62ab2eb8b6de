package consumer.rules;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.rules.decision.DecisionContext;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.TraceEntry;
import io.github.gongkai.rules.fee.FeeCalculator;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.publication.PublicationDeadlines;
import io.github.gongkai.rules.publication.PublicationKind;
import io.github.gongkai.rules.redact.Redactor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;

/** Prints one line per result, {@code key=value}, for the test to check. */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    WorkingCalendar calendar = ChinaCalendars.official();
    InformationRequest request = request();
    LocalDate due = Lifecycle.of(request, calendar).getDueDate().orElseThrow();
    System.out.println("due=" + due);

    InformationItem item = InformationItem.builder().id("G-12").title("国有建设用地使用权出让合同")
        .producingAgency("江河市自然资源和规划局").formedOn(LocalDate.of(2023, 6, 1)).build();
    DisclosureDecision decision = DisclosureDecider.standard().explain(item, DecisionContext.of(due));
    System.out.println("row=" + decision.getReportRow());
    System.out.println("row.zh=" + decision.getReportRow().getLabelZh());
    System.out.println("disposition.zh=" + decision.getDisposition().getLabel(Locale.CHINA));
    System.out.println("applicant.zh=" + ApplicantType.NATURAL_PERSON.getLabel(Locale.CHINA));
    TraceEntry fired = decision.getTrace().stream().filter(TraceEntry::isFired).findFirst().orElseThrow();
    System.out.println("reason.zh=" + fired.getReasonZh());
    System.out.println("reason.zh.chinese=" + fired.getReasonZh().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
    System.out.println("fee.31.pages=" + FeeCalculator.standard().perVolume(31).getAmount());
    System.out.println("redacted=" + Redactor.standard().redact("受让人联系电话：13912345678").getText());
    System.out.println("licence.due=" + PublicationDeadlines.of(calendar)
        .due(PublicationKind.LICENCE, LocalDate.of(2025, 1, 24)).getDueDate());

    Applicant sloppy = Applicant.builder().type(ApplicantType.NATURAL_PERSON).name(" ")
        .contacts(Contacts.builder().email("not-an-address").postalCode("10003").build()).build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      MessageInterpolator base = factory.getMessageInterpolator();
      MessageInterpolator chinese = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
          return base.interpolate(template, context, Locale.CHINA);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
          return base.interpolate(template, context, Locale.CHINA);
        }
      };
      TreeSet<String> messages = new TreeSet<>();
      for (ConstraintViolation<Applicant> v :
          factory.usingContext().messageInterpolator(chinese).getValidator().validate(sloppy)) {
        messages.add(v.getPropertyPath() + ":" + v.getMessage());
      }
      System.out.println("violations=" + String.join("|", messages));
    }
  }

  static InformationRequest request() {
    return InformationRequest.builder()
        .id("2024-0001").agency("江河市自然资源和规划局")
        .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
            .contacts(Contacts.ofPhone("13812345678")).build())
        .channel(Channel.ONLINE_PLATFORM).submittedOn(LocalDate.of(2024, 9, 27))
        .description("东湖片区房屋征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC).delivery(DeliveryMethod.EMAIL)
        .addEvents(Received.of(LocalDate.of(2024, 9, 27)))
        .build();
  }
}

package consumer.report;

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
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.check.CheckRule;
import io.github.gongkai.report.check.ReportChecker;
import io.github.gongkai.report.render.RenderFormat;
import io.github.gongkai.report.render.ReportRenderer;
import java.time.LocalDate;
import java.util.Locale;

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
    InformationRequest request = InformationRequest.builder()
        .id("2024-0001").agency("江河市自然资源和规划局")
        .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
            .contacts(Contacts.ofPhone("13812345678")).build())
        .channel(Channel.ONLINE_PLATFORM).submittedOn(LocalDate.of(2024, 9, 27))
        .description("东湖片区房屋征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC).delivery(DeliveryMethod.EMAIL)
        .addEvents(Received.of(LocalDate.of(2024, 9, 27)))
        .addEvents(Answered.of(LocalDate.of(2024, 10, 30), OutcomeGround.RELEASED))
        .build();
    AnnualReport report = ReportAccumulator.forYear(2024).add(request, calendar)
        .toReport(ReportFormat.forYear(2024), "江河市自然资源和规划局");
    System.out.println("consistent=" + ReportChecker.standard().check(report).isConsistent());
    String html = ReportRenderer.render(report, RenderFormat.HTML);
    System.out.println("html.table=" + html.contains("<table"));
    System.out.println("html.released=" + html.contains("予以公开"));
    String csv = ReportRenderer.render(report, RenderFormat.CSV);
    System.out.println("csv.lines=" + (csv.lines().count() > 1));
    String json = ReportJson.write(report);
    System.out.println("json.roundTrip=" + ReportJson.fromDocument(ReportJson.toDocument(report)).equals(report));
    System.out.println("json.year=" + json.contains("2024"));
    // the module's own bundles, read by core's text loader: a label and a MessageFormat message
    System.out.println("label.zh=" + CheckRule.TABLE_MISSING.getLabel(Locale.CHINA));
    System.out.println("cell.zh=" + ReportFormat.forYear(2024).getLayout().getTable(ReportTable.TABLE_3)
        .describeZh(CellAddress.parse("table3/new/natural-person")));
  }
}

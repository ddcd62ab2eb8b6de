package io.github.gongkai.examples.cli;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.examples.sample.SampleAgency;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestFacts;
import io.github.gongkai.report.check.CheckResult;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.ReportChecker;
import io.github.gongkai.report.render.RenderFormat;
import io.github.gongkai.report.render.ReportRenderer;
import io.github.gongkai.rules.decision.AssessedItem;
import io.github.gongkai.rules.decision.DecisionInput;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.RequiredStep;
import io.github.gongkai.rules.decision.TraceEntry;
import io.github.gongkai.rules.redact.RedactionLogEntry;
import io.github.gongkai.rules.redact.RedactionResult;
import io.github.gongkai.rules.redact.Redactor;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.deadline.DeadlineStep;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.RequestState;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai demo}: runs the library on the bundled sample agency's year and prints what it
 * finds — request states and deadlines, late answers, a deadline trace, a disclosure decision with
 * redaction, and the annual report with its consistency checks.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run gongkai on the bundled sample agency (" + SampleAgency.AGENCY + ", "
        + SampleAgency.YEAR + ") and print the results.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WorkingCalendar calendar = ChinaCalendars.official();
    List<InformationRequest> requests = loadSample();
    LocalDate yearEnd = LocalDate.of(SampleAgency.YEAR, 12, 31);

    heading(out, "样例机关 Sample agency");
    out.printf("%s — %d requests (JSON Lines: %s)%n", SampleAgency.AGENCY, requests.size(), SampleAgency.RESOURCE);
    out.printf("calendar: %s%n", calendar.getVersion());

    List<RequestStatus> statuses = new ArrayList<>();
    for (InformationRequest r : requests) {
      statuses.add(Lifecycle.of(r, calendar));
    }
    lifecycle(out, statuses, yearEnd);
    trace(out, requests, statuses);
    decision(out);
    redaction(out);
    report(out, requests, statuses);
    out.flush();
    return 0;
  }

  private static void lifecycle(PrintWriter out, List<RequestStatus> statuses, LocalDate yearEnd) {
    heading(out, "办理状态 Request states on " + yearEnd);
    Map<RequestState, Integer> byState = new EnumMap<>(RequestState.class);
    for (RequestStatus s : statuses) {
      byState.merge(s.stateAsOf(yearEnd), 1, Integer::sum);
    }
    byState.forEach((state, n) -> out.printf("  %-28s %4d%n", state.getLabelZh() + " " + state.getLabelEn(), n));

    heading(out, "超期答复 Answers given after the due date");
    int late = 0;
    for (RequestStatus s : statuses) {
      if (s.getClosedOn().isPresent() && s.getDueDate().isPresent()) {
        long days = s.workingDaysOverdue(s.getClosedOn().get());
        if (days > 0) {
          late++;
          out.printf("  %s due %s, closed %s: %d working day(s) late%n",
              s.getRequestId(), s.getDueDate().get(), s.getClosedOn().get(), days);
        }
      }
    }
    out.printf("  %d of %d requests answered late%n", late, statuses.size());

    heading(out, "年末未结 Open at the end of " + yearEnd.getYear() + " (carried over)");
    for (RequestStatus s : statuses) {
      if (s.getReceiptDate().isPresent() && !s.getReceiptDate().get().isAfter(yearEnd) && s.isOpenAt(yearEnd)) {
        out.printf("  %s received %s, due %s%n", s.getRequestId(), s.getReceiptDate().get(),
            s.getDueDate().map(LocalDate::toString).orElse("-"));
      }
    }
  }

  private static void trace(PrintWriter out, List<InformationRequest> requests, List<RequestStatus> statuses) {
    for (int i = 0; i < statuses.size(); i++) {
      RequestStatus s = statuses.get(i);
      DeadlineResult d = s.getDeadline().orElse(null);
      if (d != null && d.getCorrectedReceiptDate() != null && !d.getExcludedPeriods().isEmpty()) {
        heading(out, "期限计算 Deadline trace of " + s.getRequestId() + " (" + requests.get(i).getChannel().getLabelZh() + ")");
        for (DeadlineStep step : d.getTrace()) {
          out.printf("  %-24s %s..%s %3d wd  %s%n", step.getRule().getCode(), step.getStart(), step.getEnd(),
              step.getWorkingDays(), step.getCitation() == null ? "" : step.getCitation());
        }
        out.printf("  due %s, with extension %s (regime %s)%n", d.getDueDate(), d.getExtendedDueDate(), d.getRegime().getCode());
        return;
      }
    }
  }

  private static void decision(PrintWriter out) {
    DecisionInput input = readResource("/samples/decide-item.json", in -> GongkaiJson.read(in, DecisionInput.class));
    AssessedItem item = input.assessedItems().get(0);
    DisclosureDecision d =
        DisclosureDecider.standard().explain(item.getItem(), item.getAssessment(), input.effectiveContext());
    heading(out, "公开属性判定 Disclosure decision: " + item.getItem().getTitle());
    out.println("  " + d.summaryZh());
    out.println("  " + d.summaryEn());
    for (RequiredStep step : d.getSteps()) {
      out.printf("  step: %s%s — %s%n", step.getKind().getCode(),
          step.getDueDate() == null ? "" : " by " + step.getDueDate(), step.getLegalBasis().toChinese());
    }
    for (TraceEntry t : d.getTrace()) {
      if (t.isFired()) {
        out.printf("  rule %-28s %s%n", t.getRule().getCode(), t.getReasonZh());
      }
    }
  }

  private static void redaction(PrintWriter out) {
    String text =
        "被征收人：王某，身份证号码：36010219880715901X，联系电话：139 1234 5678，"
            + "补偿款开户行账号：6222 0212 3456 7890 128，房屋坐落：江河市东湖路18号。";
    RedactionResult r = Redactor.standard().redact(text);
    heading(out, "区分处理 Partial disclosure: personal data found and redacted (Art.37)");
    out.println("  before: " + text);
    out.println("  after:  " + r.getText());
    for (RedactionLogEntry e : r.getEntries()) {
      out.printf("  [%d,%d) %s -> %s%n", e.getStart(), e.getEnd(),
          e.getType() == null ? "span" : e.getType().getCode(), e.getGround().getLabelZh());
    }
    out.println("  " + r.getSummary(java.util.Locale.SIMPLIFIED_CHINESE));
  }

  private static void report(PrintWriter out, List<InformationRequest> requests, List<RequestStatus> statuses) {
    ReportAccumulator acc = ReportAccumulator.forYear(SampleAgency.YEAR);
    for (int i = 0; i < requests.size(); i++) {
      acc.add(RequestFacts.of(requests.get(i), statuses.get(i))); // lifecycles already replayed above
    }
    for (RemedyCase c : SampleAgency.cases(requests)) {
      acc.add(c);
    }
    AnnualReport report = acc.toReport(ReportFormat.forYear(SampleAgency.YEAR), SampleAgency.AGENCY);
    heading(out, "年度报告 Annual report " + SampleAgency.YEAR + " (国办公开办函〔2021〕30号), rendered as Markdown");
    out.print(ReportRenderer.render(report, RenderFormat.MARKDOWN));
    CheckResult check = ReportChecker.standard().check(report);
    heading(out, "一致性检查 Consistency checks");
    out.printf("  %d finding(s); consistent: %s%n", check.getFindings().size(), check.isConsistent());
    for (Finding f : check.getFindings()) {
      out.println("  " + f.getMessageZh());
    }
  }

  /** Reads a bundled sample resource with {@code reader}; a missing resource is a packaging bug. */
  private static <T> T readResource(String name, java.util.function.Function<InputStream, T> reader) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("sample data missing from the jar: " + name);
      }
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void heading(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }

  static List<InformationRequest> loadSample() {
    return readResource(SampleAgency.RESOURCE, in -> JsonLinesReader.of(GongkaiJson.codec(), InformationRequest.class).readAll(in));
  }
}

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

  @picocli.CommandLine.Option(
      names = "--letters",
      paramLabel = "DIR",
      description = "Where to write the sample answer letters (one per outcome row, .docx and .txt); default: a new temporary directory.")
  java.nio.file.@org.jspecify.annotations.Nullable Path letters;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CliText text = CliText.of(spec);
    WorkingCalendar calendar = ChinaCalendars.official();
    List<InformationRequest> requests = loadSample();
    LocalDate yearEnd = LocalDate.of(SampleAgency.YEAR, 12, 31);

    heading(out, text.get("demo.sample-agency"));
    out.println(text.get("demo.sample", SampleAgency.AGENCY, requests.size(), SampleAgency.RESOURCE));
    out.println(text.get("demo.calendar", calendar.getVersion()));

    List<RequestStatus> statuses = new ArrayList<>();
    for (InformationRequest r : requests) {
      statuses.add(Lifecycle.of(r, calendar));
    }
    lifecycle(out, text, statuses, yearEnd);
    trace(out, text, requests, statuses);
    decision(out, text);
    redaction(out, text);
    report(out, text, requests, statuses);
    letters(out, text, requests, statuses);
    out.flush();
    return 0;
  }

  private static void lifecycle(PrintWriter out, CliText text, List<RequestStatus> statuses, LocalDate yearEnd) {
    heading(out, text.get("demo.states", yearEnd.toString()));
    Map<RequestState, Integer> byState = new EnumMap<>(RequestState.class);
    for (RequestStatus s : statuses) {
      byState.merge(s.stateAsOf(yearEnd), 1, Integer::sum);
    }
    byState.forEach((state, n) -> out.printf("  %-28s %4d%n", state.getLabel(text.locale()), n));

    heading(out, text.get("demo.late"));
    int late = 0;
    for (RequestStatus s : statuses) {
      if (s.getClosedOn().isPresent() && s.getDueDate().isPresent()) {
        long days = s.workingDaysOverdue(s.getClosedOn().get());
        if (days > 0) {
          late++;
          out.println("  " + text.get("demo.late-request",
              s.getRequestId(), s.getDueDate().get().toString(), s.getClosedOn().get().toString(), days));
        }
      }
    }
    out.println("  " + text.get("demo.late-total", late, statuses.size()));

    heading(out, text.get("demo.open", yearEnd.getYear()));
    for (RequestStatus s : statuses) {
      if (s.getReceiptDate().isPresent() && !s.getReceiptDate().get().isAfter(yearEnd) && s.isOpenAt(yearEnd)) {
        out.println("  " + text.get("demo.open-request", s.getRequestId(), s.getReceiptDate().get().toString(),
            s.getDueDate().map(LocalDate::toString).orElse("-")));
      }
    }
  }

  private static void trace(
      PrintWriter out, CliText text, List<InformationRequest> requests, List<RequestStatus> statuses) {
    for (int i = 0; i < statuses.size(); i++) {
      RequestStatus s = statuses.get(i);
      DeadlineResult d = s.getDeadline().orElse(null);
      if (d != null && d.getCorrectedReceiptDate() != null && !d.getExcludedPeriods().isEmpty()) {
        heading(out, text.get("demo.trace", s.getRequestId(), requests.get(i).getChannel().getLabel(text.locale())));
        for (DeadlineStep step : d.getTrace()) {
          out.printf("  %-24s %s..%s %3d wd  %s%n", step.getRule().getCode(), step.getStart(), step.getEnd(),
              step.getWorkingDays(), step.getCitation() == null ? "" : step.getCitation());
        }
        out.println("  " + text.get("demo.trace-due", d.getDueDate().toString(), String.valueOf(d.getExtendedDueDate()),
            d.getRegime().getCode()));
        return;
      }
    }
  }

  private static void decision(PrintWriter out, CliText text) {
    DecisionInput input = readResource("/samples/decide-item.json", in -> GongkaiJson.read(in, DecisionInput.class));
    AssessedItem item = input.assessedItems().get(0);
    DisclosureDecision d =
        DisclosureDecider.standard().explain(item.getItem(), item.getAssessment(), input.effectiveContext());
    heading(out, text.get("demo.decision", item.getItem().getTitle()));
    out.println("  " + d.summaryZh());
    out.println("  " + d.summaryEn());
    for (RequiredStep step : d.getSteps()) {
      String basis = text.isChinese() ? step.getLegalBasis().toChinese() : step.getLegalBasis().toEnglish();
      out.println("  " + (step.getDueDate() == null
          ? text.get("demo.step", step.getKind().getCode(), basis)
          : text.get("demo.step-due", step.getKind().getCode(), basis, step.getDueDate().toString())));
    }
    for (TraceEntry t : d.getTrace()) {
      if (t.isFired()) {
        out.println("  " + text.get("demo.rule", String.format("%-28s", t.getRule().getCode()),
            t.getReason(text.locale())));
      }
    }
  }

  private static void redaction(PrintWriter out, CliText text) {
    String letter =
        "被征收人：王某，身份证号码：36010219880715901X，联系电话：139 1234 5678，"
            + "补偿款开户行账号：6222 0212 3456 7890 128，房屋坐落：江河市东湖路18号。";
    RedactionResult r = Redactor.standard().redact(letter);
    heading(out, text.get("demo.redaction"));
    out.println("  " + text.get("demo.before", letter));
    out.println("  " + text.get("demo.after", r.getText()));
    for (RedactionLogEntry e : r.getEntries()) {
      out.printf("  [%d,%d) %s -> %s%n", e.getStart(), e.getEnd(),
          e.getType() == null ? "span" : e.getType().getCode(), e.getGround().getLabel(text.locale()));
    }
    out.println("  " + r.getSummary(text.locale()));
  }

  private static void report(
      PrintWriter out, CliText text, List<InformationRequest> requests, List<RequestStatus> statuses) {
    ReportAccumulator acc = ReportAccumulator.forYear(SampleAgency.YEAR);
    for (int i = 0; i < requests.size(); i++) {
      acc.add(RequestFacts.of(requests.get(i), statuses.get(i))); // lifecycles already replayed above
    }
    for (RemedyCase c : SampleAgency.cases(requests)) {
      acc.add(c);
    }
    AnnualReport report = acc.toReport(ReportFormat.forYear(SampleAgency.YEAR), SampleAgency.AGENCY);
    heading(out, text.get("demo.report", SampleAgency.YEAR, report.getLayout().getDocumentNumber()));
    out.print(ReportRenderer.render(report, RenderFormat.MARKDOWN));
    CheckResult check = ReportChecker.standard().check(report);
    heading(out, text.get("demo.checks"));
    out.println("  " + text.get(check.isConsistent() ? "demo.checks-consistent" : "demo.checks-inconsistent",
        check.getFindings().size()));
    for (Finding f : check.getFindings()) {
      out.println("  " + (text.isChinese() ? f.getMessageZh() : f.getMessageEn()));
    }
  }

  /** One answer letter per table 三 row the sample agency answered on, as Word and plain text. */
  private void letters(
      PrintWriter out, CliText text, List<InformationRequest> requests, List<RequestStatus> statuses) {
    java.nio.file.Path dir;
    try {
      dir = letters != null
          ? java.nio.file.Files.createDirectories(letters)
          : java.nio.file.Files.createTempDirectory("gongkai-letters-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    io.github.gongkai.letters.Letterhead head = SampleAgency.letterhead(dir.resolve("template"));
    io.github.gongkai.letters.LetterComposer composer =
        io.github.gongkai.letters.LetterComposer.of(ChinaCalendars.official(), head);
    java.util.Map<io.github.gongkai.core.OutcomeGround, InformationRequest> firstPerRow = new java.util.EnumMap<>(
        io.github.gongkai.core.OutcomeGround.class);
    for (int i = 0; i < requests.size(); i++) {
      InformationRequest r = requests.get(i);
      RequestStatus status = statuses.get(i);
      status.getOutcome().filter(o -> status.getState().isClosed()).ifPresent(o -> firstPerRow.putIfAbsent(o, r));
    }
    heading(out, text.get("demo.letters", dir));
    int serial = 0;
    for (java.util.Map.Entry<io.github.gongkai.core.OutcomeGround, InformationRequest> e : firstPerRow.entrySet()) {
      io.github.gongkai.letters.Letter letter = composer.compose(io.github.gongkai.letters.LetterKind.ANSWER,
          io.github.gongkai.letters.LetterInput.builder().request(e.getValue()).serial(++serial).build(),
          text.locale());
      String name = String.format(java.util.Locale.ROOT, "%02d-%s", serial, e.getKey().getCode());
      for (String format : List.of("docx", "txt")) {
        try {
          java.nio.file.Files.write(dir.resolve(name + "." + format), LetterCommand.render(letter, format, head));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
      out.println("  " + text.get("demo.letter", name, e.getKey().getRow(), e.getKey().getLabel(text.locale()),
          letter.getRemedy() != null && letter.getRemedy().isReviewFirst()
              ? text.get("demo.letter-review-first") : ""));
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

package io.github.gongkai.examples.cli;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.json.JsonLinesException;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestIntake;
import io.github.gongkai.report.check.CheckResult;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.NonNumberPolicy;
import io.github.gongkai.report.check.ReportChecker;
import io.github.gongkai.report.read.ReadProblem;
import io.github.gongkai.report.read.ReadResult;
import io.github.gongkai.report.read.ReportReader;
import io.github.gongkai.report.read.SourceFormat;
import io.github.gongkai.report.render.RenderFormat;
import io.github.gongkai.report.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai report}: build the annual report from request records, or check a report.
 *
 * <p>{@code report build --year Y --input requests.jsonl [--format json|csv|md|html] [--skip-bad]}
 * streams the records (one request per line) through the lifecycle into tables 三 and 四 with {@link
 * RequestIntake}: it stops at the first bad record (exit 2, saying how many were read), or with
 * {@code --skip-bad} lists every bad record and the counts on standard error and exits 1; {@code report check
 * --input report.json} prints findings as JSON lines and exits 0 (none), 1 (errors found) or 2
 * (unreadable input).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "年度报告: build the annual report from request records, check a report, or read a published one.",
    subcommands = {ReportCommand.Build.class, ReportCommand.Check.class, ReportCommand.Read.class})
final class ReportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Prints a year's report of some request records as Markdown, followed by its consistency
   * findings (none expected for a computed report) — for {@code gongkai demo}.
   *
   * @param out where to print
   * @param requests the request records
   * @param year the report year
   * @param calendar the working calendar
   * @param text the language of the heading and the findings
   * @return the report
   */
  static AnnualReport printReport(
      PrintWriter out, Iterable<InformationRequest> requests, int year, WorkingCalendar calendar, CliText text) {
    ReportAccumulator acc = ReportAccumulator.forYear(year);
    TreeSet<String> agencies = new TreeSet<>();
    for (InformationRequest r : requests) {
      agencies.add(r.getAgency());
      acc.add(r, calendar);
    }
    String name = agencies.size() == 1 ? agencies.first() : String.join("、", agencies);
    AnnualReport report = acc.toReport(ReportFormat.forYear(year), name);
    out.print(ReportRenderer.render(report, RenderFormat.MARKDOWN));
    CheckResult result = ReportChecker.standard().check(report);
    out.println();
    out.println(text.get("report.consistency", result.getFindings().size()));
    for (Finding f : result.getFindings()) {
      out.println("  " + f.getRule().getCode() + ": " + (text.isChinese() ? f.getMessageZh() : f.getMessageEn()));
    }
    out.flush();
    return report;
  }

  /** {@code gongkai report build}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = "Compute a year's report from request records (JSON lines).")
  static final class Build implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, description = "Report year.")
    int year;

    @Option(names = "--input", required = true, description = "Request records, one JSON request per line (- for standard input).")
    Path input;

    @Option(names = "--format", defaultValue = "json", description = "Output: json, csv, md or html (default json).")
    String format;

    @Option(names = "--report-format", description = "2021 or 2019-trial (default: the format for the year).")
    @Nullable String reportFormat;

    @Option(names = "--agency", description = "Agency named in the report (default: the agency of the records).")
    @Nullable String agency;

    @Option(names = "--cases", description = "Review and litigation cases, one JSON case per line (table 四).")
    @Nullable Path cases;

    @Option(names = "--proactive", description = "Table 二 figures: a JSON object shaped like the report's \"table2\".")
    @Nullable Path proactive;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    @Nullable Path output;

    @Option(
        names = "--skip-bad",
        description = "Skip bad records instead of stopping at the first; list each on standard error and exit 1.")
    boolean skipBad;

    @Option(
        names = "--threads",
        description = "Threads parsing records (default: the available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--no-duplicate-check",
        description = "Do not check that request ids are unique (saves 10-15 bytes of memory per request).")
    boolean noDuplicateCheck;

    @Override
    public Integer call() throws IOException {
      RenderFormat render = RenderFormat.ofCode(format);
      ReportFormat rf = reportFormat == null ? ReportFormat.forYear(year) : ReportFormat.ofCode(reportFormat);
      WorkingCalendar calendar = ChinaCalendars.official();
      PrintWriter err = spec.commandLine().getErr();
      CliText text = CliText.of(spec);
      RequestIntake intake = RequestIntake.forYear(year, calendar, GongkaiJson.codec())
          .withThreads(Math.max(1, Math.min(threads, 256)));
      if (noDuplicateCheck) {
        intake = intake.withoutDuplicateCheck();
      }
      if (skipBad) {
        intake = intake.skippingBadRecords().withRejectionListener(r -> err.println(rejected(text, input, r)));
      }
      RequestIntake.Result result;
      try (InputStream in = CliInput.open(input)) {
        result = intake.read(in);
      } catch (JsonLinesException e) {
        err.println("gongkai: " + input + ": " + e.getMessage());
        err.println("gongkai: " + text.get("report.stopped", e.getRead()));
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      ReportAccumulator acc = result.getAccumulator();
      JsonLinesReader.Result records = result.getRecords();
      long rejected = records.getRejected();
      if (cases != null) {
        JsonLinesReader<RemedyCase> caseReader = JsonLinesReader.of(GongkaiJson.codec(), RemedyCase.class);
        Path casesPath = cases;
        if (skipBad) {
          caseReader = caseReader.skippingBadRecords().withRejectionListener(r -> err.println(rejected(text, casesPath, r)));
        }
        try (InputStream in = CliInput.open(cases)) {
          rejected += caseReader.read(in, (line, c) -> acc.add(c)).getRejected();
        } catch (JsonLinesException e) {
          err.println("gongkai: " + cases + ": " + e.getMessage());
          err.flush();
          return ExitCodes.BAD_INPUT;
        }
      }
      if (skipBad || result.getEarlier() + result.getLater() > 0) {
        err.println("gongkai: " + text.get("report.records", records.getRead(), records.getAccepted(),
            records.getRejected(), year, result.getCounted(), result.getEarlier(), result.getLater()));
      }
      String name = agency;
      if (name == null) {
        if (result.getAgencyCount() != 1) {
          throw new ReportInputException("--agency", String.join(", ", result.getAgencies()), text.get("option.agency"));
        }
        name = result.getAgencies().first();
      }
      AnnualReport report = acc.toReport(rf, name, proactive == null ? Map.of() : table2(rf, name));
      String rendered = ReportRenderer.render(report, render);
      if (output != null) {
        try {
          Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new OutputFailedException(String.valueOf(output), e);
        }
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
      }
      err.flush();
      return rejected > 0 ? 1 : 0;
    }

    private static String rejected(CliText text, Path file, JsonLinesReader.Rejection r) {
      return "gongkai: " + text.get("report.skipped", file.toString(), r.getMessage());
    }


    private Map<CellAddress, CellValue> table2(ReportFormat rf, String name) throws IOException {
      Object node = ReportCodec.INSTANCE.read(Files.readString(proactive, StandardCharsets.UTF_8), Object.class);
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("schemaVersion", ReportJson.SCHEMA_VERSION);
      doc.put("format", rf.getCode());
      doc.put("year", year);
      doc.put("agency", name);
      doc.put("table2", node);
      Map<CellAddress, CellValue> out = new LinkedHashMap<>();
      for (Map.Entry<CellAddress, CellValue> e : ReportJson.fromDocument(doc).getFilledCells().entrySet()) {
        if (e.getKey().getTable() == ReportTable.TABLE_2) {
          out.put(e.getKey(), e.getValue());
        }
      }
      return out;
    }
  }

  /** {@code gongkai report check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Check a report (JSON); print findings as JSON lines. Exit 0: none, 1: errors, 2: unreadable input.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "The report, JSON schema version 1.")
    Path input;

    @Option(names = "--previous", description = "Last year's report, to check 上年结转 against its 结转下年度.")
    @Nullable Path previous;

    @Option(
        names = "--blank",
        defaultValue = "unknown",
        description = "Blank and \"/\" cells in sums: unknown (default; report only sums that cannot hold) or zero.")
    String blank;

    @Override
    public Integer call() throws IOException {
      AnnualReport report = read(input);
      AnnualReport last = previous == null ? null : read(previous);
      CheckResult result = ReportChecker.withPolicy(policy(blank)).check(report, last);
      PrintWriter out = spec.commandLine().getOut();
      for (Finding f : result.getFindings()) {
        out.println(f.toJson());
      }
      out.flush();
      return result.hasErrors() ? 1 : 0;
    }

    private static NonNumberPolicy policy(String code) {
      try {
        return NonNumberPolicy.ofCode(code);
      } catch (InvalidValueException e) {
        // the library's wording (valid codes, the code probably meant) under the option's name
        String m = e.getMessage();
        String rule = m.substring(e.getField().length() + 2, m.lastIndexOf(" - but was: "));
        throw new ReportInputException("--blank", e.getValue(), rule);
      }
    }

    private static AnnualReport read(Path path) throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        return ReportJson.read(in, ReportCodec.INSTANCE);
      }
    }
  }

  /** {@code gongkai report read}. */
  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description = "Read a published report (HTML page or text) into report JSON. Exit 0: read, 1: read with"
          + " cells that could not be read (listed on standard error), 2: bad input.")
  static final class Read implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "The published report: an HTML page or its text.")
    Path input;

    @Option(names = "--format", description = "html or text (default: from the file's extension, else its content).")
    @Nullable String format;

    @Option(names = "--log", description = "Write the reading log (labels matched, splits, problems, findings) as JSON to this file.")
    @Nullable Path log;

    @Option(names = "--year", description = "Report year (default: from the page's title).")
    @Nullable Integer year;

    @Option(names = "--agency", description = "Agency (default: from the page's title).")
    @Nullable String agency;

    @Option(names = {"-o", "--output"}, description = "Write the report JSON to this file instead of standard output.")
    @Nullable Path output;

    @Override
    public Integer call() throws IOException {
      String content = decode(Files.readAllBytes(input));
      ReadResult result;
      try {
        SourceFormat sf = format == null ? SourceFormat.detect(input.toString(), content) : SourceFormat.ofCode(format);
        ReportReader reader = ReportReader.standard();
        if (year != null) {
          reader = reader.withYear(year);
        }
        if (agency != null) {
          reader = reader.withAgency(agency);
        }
        result = reader.read(content, sf);
      } catch (GongkaiException e) {
        throw new GongkaiException(input + ": " + e.getMessage(), e);
      }
      if (log != null) {
        write(log, result.logToJson());
      }
      String json = ReportJson.write(result.getReport());
      if (output != null) {
        write(output, json);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(json);
        out.flush();
      }
      PrintWriter err = spec.commandLine().getErr();
      for (ReadProblem p : result.getProblems()) {
        err.println("gongkai: " + input + ": table " + p.getTable().getNumeral() + " " + p.getPrinted()
            + " [" + p.getText() + "]: " + p.getReason());
      }
      err.flush();
      return result.hasProblems() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static void write(Path path, String text) throws OutputFailedException {
      try {
        Files.writeString(path, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new OutputFailedException(String.valueOf(path), e);
      }
    }

    /** UTF-8, else GB18030 (pages of government sites are one or the other). */
    private static String decode(byte[] bytes) {
      java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
      try {
        return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
      }
    }
  }
}

package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestRecords;
import io.github.gongkai.report.check.CheckResult;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.FindingJson;
import io.github.gongkai.report.check.NonNumberPolicy;
import io.github.gongkai.report.check.ReportChecker;
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
 * <p>{@code report build --year Y --input requests.jsonl [--format json|csv|md|html]} streams the
 * records (one request per line) through the lifecycle into tables 三 and 四; {@code report check
 * --input report.json} prints findings as JSON lines and exits 0 (none), 1 (errors found) or 2
 * (unreadable input).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "年度报告: build the annual report from request records, or check a report.",
    subcommands = {ReportCommand.Build.class, ReportCommand.Check.class})
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
   * @return the report
   */
  static AnnualReport printReport(
      PrintWriter out, Iterable<InformationRequest> requests, int year, WorkingCalendar calendar) {
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
    out.println("一致性检查 Consistency checks: " + result.getFindings().size() + " finding(s)");
    for (Finding f : result.getFindings()) {
      out.println("  " + f.getRule().getCode() + ": " + f.getMessageZh());
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

    @Option(names = "--input", required = true, description = "Request records, one JSON request per line.")
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

    @Override
    public Integer call() throws IOException {
      RenderFormat render = RenderFormat.ofCode(format);
      ReportFormat rf = reportFormat == null ? ReportFormat.forYear(year) : ReportFormat.ofCode(reportFormat);
      WorkingCalendar calendar = ChinaCalendars.official();
      ReportAccumulator acc = ReportAccumulator.forYear(year);
      TreeSet<String> agencies = new TreeSet<>();
      try (InputStream in = Files.newInputStream(input)) {
        RequestRecords.forEach(in, r -> {
          agencies.add(r.getAgency());
          acc.add(r, calendar);
        });
      }
      if (cases != null) {
        try (InputStream in = Files.newInputStream(cases)) {
          RequestRecords.forEachCase(in, acc::add);
        }
      }
      String name = agency;
      if (name == null) {
        if (agencies.size() != 1) {
          throw new ReportInputException(
              "--agency", String.join(", ", agencies), "must be given when the records are not of exactly one agency");
        }
        name = agencies.first();
      }
      AnnualReport report = acc.toReport(rf, name, proactive == null ? Map.of() : table2(rf, name));
      String text = ReportRenderer.render(report, render);
      if (output != null) {
        try {
          Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new OutputFailedException(String.valueOf(output), e);
        }
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
      }
      return 0;
    }

    private Map<CellAddress, CellValue> table2(ReportFormat rf, String name) throws IOException {
      JsonNode node = new ObjectMapper().readTree(Files.readString(proactive, StandardCharsets.UTF_8));
      ObjectNode doc = new ObjectMapper().createObjectNode();
      doc.put("schemaVersion", ReportJson.SCHEMA_VERSION);
      doc.put("format", rf.getCode());
      doc.put("year", year);
      doc.put("agency", name);
      doc.set("table2", node);
      Map<CellAddress, CellValue> out = new LinkedHashMap<>();
      for (Map.Entry<CellAddress, CellValue> e : ReportJson.fromTree(doc).getFilledCells().entrySet()) {
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
        out.println(FindingJson.toLine(f, report.getLayout()));
      }
      out.flush();
      return result.hasErrors() ? 1 : 0;
    }

    private static NonNumberPolicy policy(String code) {
      switch (code.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "unknown":
          return NonNumberPolicy.UNKNOWN;
        case "zero":
          return NonNumberPolicy.ZERO;
        default:
          throw new ReportInputException("--blank", code, "must be unknown or zero");
      }
    }

    private static AnnualReport read(Path path) throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        return ReportJson.read(in);
      }
    }
  }
}

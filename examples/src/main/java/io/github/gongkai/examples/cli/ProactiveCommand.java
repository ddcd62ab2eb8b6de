package io.github.gongkai.examples.cli;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.rules.publication.PublicationPolicy;
import io.github.gongkai.rules.publication.PublicationTracker;
import io.github.gongkai.report.stats.Period;
import io.github.gongkai.report.stats.ProactiveStats;
import io.github.gongkai.report.stats.ShareMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai stats proactive}: proactive-disclosure statistics over a period ({@link
 * ProactiveStats}) from the JSON Lines the {@code agenda} command reads ({@code {"item": …}},
 * {@code {"decision": …}}, {@code {"request": …}}). Prints one JSON object. Exit 0, or 2 for bad
 * input (the first bad line is named).
 */
@Command(
    name = "proactive",
    mixinStandardHelpOptions = true,
    description = {
      "Statistics of proactive disclosure over a period, from the records the agenda command reads: items"
          + " published by catalogue class, medium and month (with shares, period-over-period and"
          + " year-over-year change), rates with numerator and denominator (应公开已公开率, on-time publication,"
          + " 双公示 on time, 文本及时送交率, 按期答复率), working days from receipt to answer per channel and"
          + " outcome, and table 二's licensing and penalty decisions. Prints one JSON object.",
      "主动公开统计：按类别、公开方式和月份统计已公开信息（占比、环比、同比），各项比率（分子、分母），答复用时，表二行政许可、行政处罚数量。",
      "The period: --from and --to, or --period (2024, 2024-Q3, 2024-09 or 2024-09-01..2024-12-31)."
    },
    footerHeading = "%n",
    footer =
        "Exit codes: 0 done; 2 bad input or usage (the first bad line is named); 3 the output could not be"
            + " written; 4 internal error.")
final class ProactiveCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Items, decisions and requests, one JSON object per line (- for standard input).")
  Path input = Path.of("-");

  @Option(names = "--from", paramLabel = "DATE", description = "The first day of the period (yyyy-mm-dd), with --to.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day of the period (yyyy-mm-dd), with --from.")
  @Nullable String to;

  @Option(names = "--period", paramLabel = "P", description = "The period instead of --from/--to: 2024, 2024-Q3, 2024-09 or 2024-09-01..2024-12-31.")
  @Nullable String period;

  @Option(names = "--by", defaultValue = "month", paramLabel = "UNIT", description = "Count published items also by month (default), quarter or year.")
  String by = "month";

  @Option(
      names = "--method",
      defaultValue = "round",
      paramLabel = "METHOD",
      description = "Shares: round (default, each share rounded half-up on its own) or largest-remainder (adds up to 100%).")
  String method = "round";

  @Option(
      names = "--transmittal",
      paramLabel = "SENT/DUE",
      description = "文本及时送交率 counts (2019 Art.25): documents sent to the archives and libraries in time / documents due, e.g. 9/12.")
  @Nullable String transmittal;


  @Option(
      names = "--exclude-category",
      paramLabel = "CATEGORY",
      description = "A decision category the agency excludes from 双公示, e.g. 检验检疫类. Repeatable.")
  List<String> excludedCategories = new ArrayList<>();

  @CommandLine.Mixin PublicationOptions publication = new PublicationOptions();

  @Override
  public Integer call() throws IOException {
    CliText text = CliText.of(spec);
    Period p = period(text);
    PublicationPolicy.Builder pb = publication.policy().excludedCategories(excludedCategories);
    ProactiveStats.Builder b =
        ProactiveStats.builder(PublicationTracker.of(ChinaCalendars.official(), pb.build()), p)
            .method(method(method))
            .breakdown(unit(by));
    if (transmittal != null) {
      String[] parts = transmittal.split("/", -1);
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        b.transmittal(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
      } catch (NumberFormatException | InvalidValueException e) {
        throw new InvalidValueException("--transmittal", transmittal, "must be SENT/DUE, two counts with SENT not more than DUE, e.g. 9/12");
      }
    }
    if (!AgendaCommand.readRecords(spec, input, b::add)) {
      return ExitCodes.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(b.build().toJson());
    out.flush();
    return ExitCodes.OK;
  }

  private Period period(CliText text) {
    if (period != null) {
      if (from != null || to != null) {
        throw new InvalidValueException("--period", period, "must not be given with --from or --to");
      }
      try {
        return Period.parse(period);
      } catch (InvalidValueException e) {
        throw new InvalidValueException("--period", period, "must be 2024, 2024-Q3, 2024-09 or 2024-09-01..2024-12-31");
      }
    }
    if (from == null || to == null) {
      throw new InvalidValueException(from == null ? "--from" : "--to", null, "is required unless --period is given");
    }
    LocalDate f = PublicationDueCommand.date(text, "--from", from);
    LocalDate t = PublicationDueCommand.date(text, "--to", to);
    if (t.isBefore(f)) {
      throw new InvalidValueException("--to", to, "must not be before --from " + f);
    }
    return Period.of(f, t);
  }

  private static Period.Kind unit(String code) {
    switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "month":
        return Period.Kind.MONTH;
      case "quarter":
        return Period.Kind.QUARTER;
      case "year":
        return Period.Kind.YEAR;
      default:
        throw new InvalidValueException("--by", code, "must be month, quarter or year");
    }
  }

  private static ShareMethod method(String code) {
    try {
      return ShareMethod.ofCode(code);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("--method", code, "must be round or largest-remainder");
    }
  }

}

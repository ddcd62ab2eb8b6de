package io.github.gongkai.examples.cli;

import io.github.gongkai.core.calendar.CalendarEntry;
import io.github.gongkai.core.calendar.CalendarTsv;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai calendar --year Y}: the days off and make-up working days of one year of the
 * official calendar, as TSV lines {@code date<TAB>OFF|WORK<TAB>name}, in date order.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Print the days off (OFF, weekend ones included) and make-up working days (WORK) of a"
          + " year as TSV lines date<TAB>OFF|WORK<TAB>name, in date order.",
      "打印某年的全部放假日(OFF,含周末)和调休上班日(WORK)。",
      "Exit code 2 if the year is not covered by the calendar."
    })
final class CalendarCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"--year", "-y"},
      required = true,
      paramLabel = "YEAR",
      description = "The calendar year, e.g. 2025.")
  int year;

  @Option(
      names = "--english",
      description = "Print the holiday names in English instead of Chinese.")
  boolean english;

  @Option(
      names = "--add",
      paramLabel = "FILE",
      description = "A calendar TSV of a newly published year to append (repeatable).")
  List<Path> additions = new ArrayList<>();

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "A calendar TSV of regional days off to lay over the national calendar (repeatable).")
  List<Path> overlays = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    WorkingCalendar calendar = ChinaCalendars.official();
    for (Path p : additions) {
      calendar = calendar.extendedWith(read(p));
    }
    for (Path p : overlays) {
      calendar = calendar.overlaidWith(read(p));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (CalendarEntry e : calendar.getEntries(year)) {
      out.print(e.getDate());
      out.print('\t');
      out.print(e.getType() == DayType.HOLIDAY ? "OFF" : "WORK");
      out.print('\t');
      out.print(english ? e.getEnglishName() : e.getName());
      out.print('\n');
    }
    out.flush();
    return 0;
  }

  private static WorkingCalendar read(Path path) throws IOException {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return CalendarTsv.read(r, path.toString());
    }
  }
}

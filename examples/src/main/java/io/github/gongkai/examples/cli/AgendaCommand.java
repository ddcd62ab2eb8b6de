package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.json.JsonLinesException;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.rules.publication.Agenda;
import io.github.gongkai.rules.publication.AgendaBuilder;
import io.github.gongkai.rules.publication.AgendaRecord;
import io.github.gongkai.rules.publication.PublicationPolicy;
import io.github.gongkai.rules.publication.PublicationTracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai agenda}: what is overdue or due within N working days on a date, across proactive
 * items, 双公示 decisions and disclosure requests read from JSON Lines. Each line is an object with
 * one field naming what it holds: {@code {"item": …}}, {@code {"decision": …}} or {@code {"request":
 * …}}. Exit 0: nothing overdue; 1: something overdue; 2: bad input (the first bad line is named).
 */
@Command(
    name = "agenda",
    mixinStandardHelpOptions = true,
    description = {
      "Lists what is overdue, with days late, and what is due within N working days of a date, across"
          + " proactive items (2019 Art.26), licensing and penalty decisions (双公示) and open disclosure"
          + " requests (2019 Art.33). Input: JSON Lines, each line {\"item\": ...}, {\"decision\": ...} or"
          + " {\"request\": ...}. Prints one JSON object. Exit 0: nothing overdue; 1: something overdue;"
          + " 2: bad input.",
      "公开待办：列出逾期未办（含逾期天数）和即将到期的主动公开事项、“双公示”决定和政府信息公开申请。"
    },
    footerHeading = "%n",
    footer =
        "Exit codes: 0 nothing overdue; 1 something overdue; 2 bad input or usage (the first bad line is"
            + " named); 3 the output could not be written; 4 internal error.")
final class AgendaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Items, decisions and requests, one JSON object per line (- for standard input).")
  Path input = Path.of("-");

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The agenda date (yyyy-mm-dd).")
  String asOf = "";

  @Option(names = "--within", paramLabel = "N", description = "Working days after the agenda date that count as due soon (default 5).")
  int within = 5;


  @Option(
      names = "--exclude-category",
      paramLabel = "CATEGORY",
      description = "A decision category the agency excludes from 双公示, e.g. 检验检疫类. Repeatable.")
  List<String> excludedCategories = new ArrayList<>();

  @CommandLine.Mixin PublicationOptions publication = new PublicationOptions();

  @Override
  public Integer call() throws IOException {
    CliText text = CliText.of(spec);
    LocalDate day = PublicationDueCommand.date(text, "--as-of", asOf);
    PublicationPolicy.Builder b = publication.policy().excludedCategories(excludedCategories);
    AgendaBuilder agenda = PublicationTracker.of(ChinaCalendars.official(), b.build()).agenda(day, within);
    if (!readRecords(spec, input, agenda::add)) {
      return ExitCodes.BAD_INPUT;
    }
    Agenda a = agenda.build();
    ObjectMapper mapper = GongkaiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    spec.commandLine().getOut().println(mapper.writeValueAsString(a));
    return a.getOverdue().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }


  /**
   * Reads the agenda's JSON Lines (items, decisions, requests) into {@code sink}; a bad line stops
   * the reading and is reported on standard error with its line number.
   *
   * @param spec the running command, for its error stream
   * @param input the file, or {@code -}
   * @param sink receives each record
   * @return false when a line was bad
   * @throws IOException when the file cannot be read
   */
  static boolean readRecords(CommandLine.Model.CommandSpec spec, Path input, Consumer<AgendaRecord> sink)
      throws IOException {
    JsonLinesReader<AgendaRecord> reader = JsonLinesReader.of(GongkaiJson.codec(), AgendaRecord.class);
    try (InputStream in = CliInput.open(input)) {
      reader.read(in, (line, r) -> sink.accept(r));
      return true;
    } catch (JsonLinesException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("gongkai: " + input + ": " + e.getMessage());
      err.flush();
      return false;
    }
  }
}

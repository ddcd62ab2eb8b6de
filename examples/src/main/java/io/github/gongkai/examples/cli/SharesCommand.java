package io.github.gongkai.examples.cli;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.stats.CategoryCheck;
import io.github.gongkai.report.stats.CategoryTable;
import io.github.gongkai.report.stats.ShareMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai stats shares --input shares.json [--method round|largest-remainder]}: checks a
 * printed category table ({@link CategoryTable}) and prints one JSON object with the computed
 * shares and the findings ({@link CategoryCheck#toDocument()}). Exit 0: no findings; 1: findings;
 * 2: unreadable input.
 */
@Command(
    name = "shares",
    mixinStandardHelpOptions = true,
    description = {
      "Check a printed category table: counts against the total, a count the total determines, printed"
          + " shares against the counts. Prints {\"shares\": [...], \"findings\": [...]}.",
      "核对分类统计表：各类别与总数、由总数推出的数量、所印比例。",
      "Input: {\"total\": 183, \"entries\": [{\"label\": \"国土执法\", \"count\": 20, \"printed\": \"10.92%\"}, ...]};"
          + " total and printed optional, count null when not printed, approximate figures as text (\"430余条\").",
      "Exit 0: no findings, 1: findings, 2: unreadable input."
    })
final class SharesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE",
      description = "The table, JSON (UTF-8); '-' reads standard input.")
  String input = "-";

  @Option(
      names = "--method",
      defaultValue = "round",
      paramLabel = "METHOD",
      description = "round (default: each share rounded half-up on its own, as agencies print them) or"
          + " largest-remainder (adds up to exactly 100%).")
  String method = "round";

  @Override
  public Integer call() throws IOException {
    ShareMethod m = method(method);
    String json;
    if (input.equals("-")) {
      json = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } else {
      try {
        json = Files.readString(Path.of(input), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(input, null, "no such file");
      }
    }
    CategoryCheck result = CategoryCheck.of(CategoryTable.read(json, GongkaiJson.codec()), m);
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.toJson());
    out.flush();
    return result.isConsistent() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private static ShareMethod method(String code) {
    try {
      return ShareMethod.ofCode(code);
    } catch (InvalidValueException e) {
      // the library's wording (valid codes, the code probably meant) under the option's name
      String m = e.getMessage();
      String rule = m.substring(e.getField().length() + 2, m.lastIndexOf(" - but was: "));
      throw new ReportInputException("--method", e.getValue(), rule);
    }
  }
}

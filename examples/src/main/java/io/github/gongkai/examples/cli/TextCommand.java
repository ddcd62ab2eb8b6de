package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What the commands that read text on stdin share: the scanner's reference date and the input. */
abstract class TextCommand implements Callable<Integer> {
  /** Writes the commands' JSON output lines. */
  static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description = "Only these finding types (codes, e.g. resident-id,mobile); default: every type for scan,"
          + " every personal type (not sensitive-keyword) for redact.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--reference-date",
      paramLabel = "DATE",
      description = "Birth dates after this date are invalid; default: no latest birth date (the scanner reads no clock).")
  @Nullable LocalDate referenceDate;

  /** Standard input as UTF-8 text, buffered. */
  static Reader stdin() {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
  }
}

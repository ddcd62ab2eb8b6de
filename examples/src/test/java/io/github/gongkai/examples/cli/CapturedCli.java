package io.github.gongkai.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code gongkai} command line as the tests run it: each run gets a fresh command line whose
 * standard output and error are appended to {@link #out} and {@link #err}.
 */
final class CapturedCli {
  /** Everything the runs printed to standard output. */
  final StringWriter out = new StringWriter();

  /** Everything the runs printed to standard error. */
  final StringWriter err = new StringWriter();

  /**
   * Runs the command line once.
   *
   * @param args the arguments
   * @return the exit code
   */
  int run(String... args) {
    CommandLine cl = GongkaiCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /**
   * Runs the command line once with {@code input} as standard input (the caller restores {@code
   * System.in}).
   *
   * @param input the UTF-8 text read from standard input
   * @param args the arguments
   * @return the exit code
   */
  int runWithInput(String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    return run(args);
  }
}

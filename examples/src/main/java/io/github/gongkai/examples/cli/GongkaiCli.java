package io.github.gongkai.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gongkai} command-line tool.
 *
 * <p>Exit codes: 0 success; 1 the command ran and found problems (e.g. report errors); 2 bad input
 * or usage (an uncovered calendar year, unreadable file, unknown option).
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "政府信息公开 toolkit: disclosure rules, deadlines and annual-report statistics.",
    subcommands = {
      CommandLine.HelpCommand.class,
      CalendarCommand.class,
      DeadlineCommand.class,
      DecideCommand.class,
      ReportCommand.class,
      DemoCommand.class,
      ScanCommand.class,
      RedactCommand.class,
    })
public final class GongkaiCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the configured command line, with UTF-8 output and gongkai's exit-code mapping.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new GongkaiCli());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  /**
   * Entry point.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}

package io.github.gongkai.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code gongkai} command-line tool.
 *
 * <p>Exit codes: 0 success; 1 the command ran and found problems (e.g. report errors); 2 bad input
 * or usage (an uncovered calendar year, unreadable file, unknown option, rejected value); 3 the
 * output could not be written (a full disk, {@code > /dev/full}); 4 internal error. No stack trace
 * is printed unless {@code --debug} is given, and no message shows a personal identifier whole.
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "政府信息公开 toolkit: disclosure rules, deadlines and annual-report statistics.",
    footerHeading = "%n",
    footer = ExitCodes.HELP,
    subcommands = {
      CommandLine.HelpCommand.class,
      CalendarCommand.class,
      DeadlineCommand.class,
      PublicationDueCommand.class,
      AgendaCommand.class,
      CatalogueCommand.class,
      DecideCommand.class,
      ReportCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      ScanCommand.class,
      RedactCommand.class,
      LetterCommand.class,
    })
public final class GongkaiCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Global: print stack traces of failures (read by the error handler from the arguments). */
  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of a failure (identifiers masked).")
  boolean debug;

  /** Global: the language of the command line's own messages (read by {@link CliText} from the arguments). */
  @Option(
      names = "--lang",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "LANG",
      description = "Language of messages: en (default) or zh (中文).")
  @org.jspecify.annotations.Nullable String lang;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the configured command line, with UTF-8 output and gongkai's exit-code mapping: after a
   * command has run, output that could not be written turns the exit code into 3.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new GongkaiCli());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    ErrorHandler handler = new ErrorHandler();
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(handler);
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cl.setExecutionStrategy(
        parseResult -> {
          int code = run.execute(parseResult);
          // PrintWriter swallows write errors: ask it whether any occurred (this also flushes)
          if (parseResult.commandSpec().commandLine().getOut().checkError()) {
            return ErrorHandler.report(
                new OutputFailedException(),
                parseResult.commandSpec().commandLine().getErr(),
                false,
                CliText.of(parseResult.originalArgs()));
          }
          return code;
        });
    for (CommandLine sub : cl.getSubcommands().values()) {
      footer(sub);
    }
    return cl;
  }

  private static void footer(CommandLine cl) {
    CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    if (usage.footer().length == 0) {
      usage.footerHeading("%n").footer(ExitCodes.HELP);
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      footer(sub);
    }
  }

  /**
   * Runs the command line on the process's standard streams. Standard output is written through a
   * file stream (not {@code System.out}, whose errors are swallowed), so a failed write is seen.
   *
   * @param args the arguments
   * @return the exit code
   */
  static int run(String[] args) {
    CommandLine cl = commandLine();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16));
    cl.setOut(out);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return ErrorHandler.report(e, cl.getErr(), ErrorHandler.debug(args), CliText.of(java.util.Arrays.asList(args)));
    } finally {
      out.flush();
    }
  }

  /**
   * Entry point.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }
}

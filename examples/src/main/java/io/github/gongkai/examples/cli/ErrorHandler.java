package io.github.gongkai.examples.cli;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.id.Masking;
import java.io.PrintWriter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Maps failures to exit codes with a one-line message on stderr: bad input exits 2, unwritable
 * output 3, anything else is an internal error (4) reported in one line with a hint to rerun with
 * {@code --debug}, which prints the stack trace. Every message is masked by {@link
 * Masking#maskIdentifiers(CharSequence)}: a rejected value never shows a personal identifier
 * whole.
 */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    return report(ex, commandLine.getErr(), debug(parseResult.originalArgs().toArray(new String[0])));
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("gongkai: " + oneLine(ex.getMessage()));
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      // suggestions are option and command names, never the values typed
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) ex;
      if (!u.getSuggestions().isEmpty()) {
        err.println("Did you mean: " + String.join(", ", u.getSuggestions()) + "?");
      }
    }
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (debug(args)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Prints a one-line message for a failure and returns its exit code.
   *
   * @param ex the failure
   * @param err where to print
   * @param debug whether to print the stack trace too
   * @return the exit code
   */
  static int report(Throwable ex, PrintWriter err, boolean debug) {
    int code;
    if (ex instanceof OutputFailedException) {
      err.println("gongkai: " + oneLine(ex.getMessage()));
      code = ExitCodes.OUTPUT_FAILED;
    } else if (ex instanceof GongkaiException
        || ex instanceof java.io.IOException
        || ex instanceof java.io.UncheckedIOException) {
      err.println("gongkai: " + oneLine(describe(ex)));
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof OutOfMemoryError) {
      err.println("gongkai: out of memory; give the JVM more (-Xmx) or the input in smaller pieces");
      code = ExitCodes.INTERNAL_ERROR;
    } else {
      err.println("gongkai: internal error: " + ex.getClass().getName()
          + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
          + (debug ? "" : " (run with --debug for the stack trace)"));
      code = ExitCodes.INTERNAL_ERROR;
    }
    if (debug) {
      ex.printStackTrace(new MaskingPrintWriter(err));
    }
    err.flush();
    return code;
  }

  private static String describe(Throwable ex) {
    String m = ex.getMessage();
    if (ex instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return "cannot read (access denied): " + m;
    }
    if (ex instanceof java.io.UncheckedIOException && ex.getCause() != null) {
      return describe(ex.getCause());
    }
    return m == null ? ex.getClass().getSimpleName() : m;
  }

  /** Whether {@code --debug} was given anywhere on the command line. */
  static boolean debug(String[] args) {
    return Arrays.asList(args).contains("--debug");
  }

  /** The message masked, on one line. */
  static String oneLine(@Nullable String message) {
    return Masking.maskIdentifiers(message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  /** A writer for stack traces that masks identifiers in each line. */
  private static final class MaskingPrintWriter extends PrintWriter {
    private final PrintWriter target;

    MaskingPrintWriter(PrintWriter target) {
      super(target);
      this.target = target;
    }

    @Override
    public void println(Object x) {
      target.println(Masking.maskIdentifiers(String.valueOf(x)));
    }

    @Override
    public void println(String x) {
      target.println(Masking.maskIdentifiers(String.valueOf(x)));
    }
  }
}

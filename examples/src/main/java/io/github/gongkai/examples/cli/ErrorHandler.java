package io.github.gongkai.examples.cli;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.id.Masking;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Maps failures to exit codes with a one-line message on stderr: bad input exits 2, unwritable
 * output 3, anything else is an internal error (4) reported in one line with a hint to rerun with
 * {@code --debug}, which prints the stack trace. Every message is masked by {@link
 * Masking#maskIdentifiers(CharSequence)}: a rejected value never shows a personal identifier
 * whole. The handler's own words are in the language chosen with {@code --lang} ({@link CliText}).
 */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    List<String> args = parseResult.originalArgs();
    return report(ex, commandLine.getErr(), debug(args.toArray(new String[0])), CliText.of(args));
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    CliText text = CliText.of(Arrays.asList(args));
    err.println("gongkai: " + oneLine(ex.getMessage()));
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      // suggestions are option and command names, never the values typed
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) ex;
      if (!u.getSuggestions().isEmpty()) {
        err.println(text.get("error.did-you-mean", String.join(", ", u.getSuggestions())));
      }
    }
    err.println(text.get("error.try-help", cl.getCommandSpec().qualifiedName()));
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
   * @param text the command line's language
   * @return the exit code
   */
  static int report(Throwable ex, PrintWriter err, boolean debug, CliText text) {
    int code;
    if (ex instanceof OutputFailedException) {
      err.println("gongkai: " + oneLine(((OutputFailedException) ex).describe(text)));
      code = ExitCodes.OUTPUT_FAILED;
    } else if (ex instanceof GongkaiException
        || ex instanceof java.io.IOException
        || ex instanceof java.io.UncheckedIOException) {
      err.println("gongkai: " + oneLine(describe(ex, text)));
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof OutOfMemoryError) {
      err.println("gongkai: " + text.get("error.out-of-memory"));
      code = ExitCodes.INTERNAL_ERROR;
    } else {
      String message =
          ex.getMessage() == null
              ? text.get("error.internal", ex.getClass().getName())
              : text.get("error.internal-message", ex.getClass().getName(), oneLine(ex.getMessage()));
      err.println("gongkai: " + message + (debug ? "" : " " + text.get("error.debug-hint")));
      code = ExitCodes.INTERNAL_ERROR;
    }
    if (debug) {
      ex.printStackTrace(new MaskingPrintWriter(err));
    }
    err.flush();
    return code;
  }

  private static String describe(Throwable ex, CliText text) {
    String m = ex.getMessage();
    if (ex instanceof java.nio.file.NoSuchFileException) {
      return text.get("error.no-such-file", String.valueOf(m));
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return text.get("error.access-denied", String.valueOf(m));
    }
    if (ex instanceof java.io.UncheckedIOException && ex.getCause() != null) {
      return describe(ex.getCause(), text);
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

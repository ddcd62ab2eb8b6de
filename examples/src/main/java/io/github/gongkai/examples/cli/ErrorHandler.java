package io.github.gongkai.examples.cli;

import io.github.gongkai.core.GongkaiException;
import picocli.CommandLine;

/** Maps gongkai's bad-input exceptions to exit code 2 with a one-line message on stderr. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  /** Exit code for bad input or usage. */
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (ex instanceof GongkaiException || ex instanceof java.io.IOException
        || ex instanceof java.io.UncheckedIOException) {
      commandLine.getErr().println("gongkai: " + ex.getMessage());
      return BAD_INPUT;
    }
    throw ex;
  }
}

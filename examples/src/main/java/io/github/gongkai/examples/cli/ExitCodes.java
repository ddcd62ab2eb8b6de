package io.github.gongkai.examples.cli;

/** The exit codes of the {@code gongkai} command line, documented in its help and the README. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** The command ran and found problems (e.g. a report check with errors). */
  static final int PROBLEMS = 1;
  /** Bad input or usage: an unknown option, an unreadable file, a rejected value. */
  static final int BAD_INPUT = 2;
  /** The output could not be written (a full disk, a closed pipe, {@code > /dev/full}). */
  static final int OUTPUT_FAILED = 3;
  /** An internal error: a bug in gongkai; {@code --debug} prints the stack trace. */
  static final int INTERNAL_ERROR = 4;

  /** The exit-code section of the usage help. */
  static final String HELP =
      "Exit codes: 0 success; 1 the command found problems (report check errors); 2 bad input or"
          + " usage; 3 the output could not be written; 4 internal error (run with --debug for the"
          + " stack trace).";

  private ExitCodes() {}
}

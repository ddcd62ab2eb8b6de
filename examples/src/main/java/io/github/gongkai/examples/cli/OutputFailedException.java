package io.github.gongkai.examples.cli;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Output (standard output or a file named by an option) could not be written: exit code 3. The
 * message is English (for stack traces); the user sees it in the command line's language ({@link
 * #describe(CliText)}).
 */
final class OutputFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What could not be written; null for standard output. */
  private final @Nullable String target;

  /** Why, or null. */
  private final @Nullable String reason;

  OutputFailedException(String target, Throwable cause) {
    super("cannot write " + target + ": " + cause.getMessage(), cause);
    this.target = target;
    this.reason = cause.getMessage();
  }

  /** Standard output could not be written. */
  OutputFailedException() {
    super("cannot write standard output");
    this.target = null;
    this.reason = null;
  }

  /**
   * The message in the command line's language.
   *
   * @param text the texts
   * @return the message
   */
  String describe(CliText text) {
    String what = target == null ? text.get("error.standard-output") : target;
    return reason == null ? text.get("error.cannot-write", what) : text.get("error.cannot-write-because", what, reason);
  }
}

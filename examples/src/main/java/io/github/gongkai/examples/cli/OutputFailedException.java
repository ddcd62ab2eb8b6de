package io.github.gongkai.examples.cli;

import java.io.IOException;

/** Output (standard output or a file named by an option) could not be written: exit code 3. */
final class OutputFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputFailedException(String what, Throwable cause) {
    super("cannot write " + what + ": " + cause.getMessage(), cause);
  }

  OutputFailedException(String what) {
    super("cannot write " + what);
  }
}

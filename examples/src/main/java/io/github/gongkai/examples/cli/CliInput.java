package io.github.gongkai.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command reads its input from: a file, or standard input for {@code -}. */
final class CliInput {
  private CliInput() {}

  /**
   * Opens the input. Closing the stream of standard input leaves standard input open.
   *
   * @param path the file, or {@code -}
   * @return the stream
   * @throws IOException when the file cannot be opened
   */
  static InputStream open(Path path) throws IOException {
    if (path.toString().equals("-")) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    return Files.newInputStream(path);
  }
}

package io.github.gongkai.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes through a {@link PrintWriter} (which swallows errors) and fails with {@link
 * OutputFailedException} once it reports one, checked about every 64K chars and on flush, so a long
 * stream to a full disk stops early instead of running to the end.
 */
final class CheckedWriter extends Writer {
  private static final int CHECK_EVERY = 1 << 16;
  private final PrintWriter out;
  private long sinceCheck;

  CheckedWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    out.write(cbuf, off, len);
    count(len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    out.write(str, off, len);
    count(len);
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) throws IOException {
    out.append(csq, start, end);
    count(end - start);
    return this;
  }

  private void count(int n) throws IOException {
    sinceCheck += n;
    if (sinceCheck >= CHECK_EVERY) {
      sinceCheck = 0;
      check();
    }
  }

  private void check() throws IOException {
    if (out.checkError()) {
      throw new OutputFailedException();
    }
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}

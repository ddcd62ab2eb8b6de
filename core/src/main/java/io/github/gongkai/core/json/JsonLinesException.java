package io.github.gongkai.core.json;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Lines record was refused while reading in the default (fail-on-first-bad-record) mode of
 * {@link JsonLinesReader}.
 *
 * <p>{@link #getPath()} starts with the line, e.g. {@code line 7: $.events[0].date}; {@link
 * #getLine()} gives the line number alone, and {@link #getRead()} and {@link #getAccepted()} how
 * many records had been read (this one included) and accepted before reading stopped.
 */
public class JsonLinesException extends JsonInputException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long read;
  private final long accepted;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line number of the refused record
   * @param path the JSON path inside the record, e.g. {@code $.events[0].date}; not null
   * @param reason why the record was refused (rule and, where safe, the value); not null
   * @param read records read up to and including this one
   * @param accepted records accepted before this one
   * @param cause the underlying failure; may be null
   */
  public JsonLinesException(
      long line, String path, String reason, long read, long accepted, @Nullable Throwable cause) {
    super("line " + line + ": " + path, null, reason, cause);
    this.line = line;
    this.read = read;
    this.accepted = accepted;
  }

  @Override
  public String getMessage() {
    return getPath() + ": " + getRule() + " (stopped after " + read + " record(s) read, " + accepted
        + " accepted)";
  }

  /**
   * The line number of the refused record, counting from 1 (blank lines included).
   *
   * @return the line number
   */
  public long getLine() {
    return line;
  }

  /**
   * Records read up to and including the refused one (blank lines are not records).
   *
   * @return the count
   */
  public long getRead() {
    return read;
  }

  /**
   * Records accepted before the refused one.
   *
   * @return the count
   */
  public long getAccepted() {
    return accepted;
  }
}

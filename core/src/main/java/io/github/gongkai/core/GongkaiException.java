package io.github.gongkai.core;

/**
 * The unchecked root of every exception gongkai throws.
 *
 * <p>gongkai throws only for misuse and bad input: a malformed identifier, a date outside a
 * calendar's coverage, an impossible event history. A business "no" — information withheld, a
 * request overdue, a report that does not add up — is returned as a value with reasons, never
 * thrown. Catch this type to handle every gongkai failure in one place.
 */
public class GongkaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, where and why; not null
   */
  public GongkaiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, where and why; not null
   * @param cause the underlying failure; may be null
   */
  public GongkaiException(String message, Throwable cause) {
    super(message, cause);
  }
}

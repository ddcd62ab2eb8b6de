package io.github.gongkai.core;

import io.github.gongkai.core.id.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The unchecked root of every exception gongkai throws.
 *
 * <p>gongkai throws only for misuse and bad input: a malformed identifier, a date outside a
 * calendar's coverage, an impossible event history. A business "no" — information withheld, a
 * request overdue, a report that does not add up — is returned as a value with reasons, never
 * thrown. Catch this type to handle every gongkai failure in one place.
 *
 * <p>Messages are safe to log: every identifier-like run in a message is masked by {@link
 * Masking#maskIdentifiers(CharSequence)} when the exception is created, so that a rejected value
 * quoted in a message never shows a personal identifier whole, whichever code built the message.
 */
public class GongkaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, where and why; not null
   */
  public GongkaiException(String message) {
    super(safe(message));
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, where and why; not null
   * @param cause the underlying failure; may be null
   */
  public GongkaiException(String message, @Nullable Throwable cause) {
    super(safe(message), cause);
  }

  /**
   * The message, with identifiers masked.
   *
   * @return the message; never null (empty if the exception was created without one)
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }

  private static @Nullable String safe(@Nullable String message) {
    return message == null ? null : Masking.maskIdentifiers(message);
  }
}

package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.GongkaiException;

/**
 * A request's event history is impossible: an answer before receipt, a second extension, an
 * extension approved after the due date, a correction after the answer, an event after closing,
 * dates going backwards, and the like. Names both events involved and the rule broken.
 */
public class InconsistentHistoryException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final EventRef first;
  private final EventRef second;
  private final String rule;

  InconsistentHistoryException(String requestId, EventRef first, EventRef second, String rule) {
    super("request " + requestId + ": " + second + " conflicts with " + first + " - " + rule);
    this.requestId = requestId;
    this.first = first;
    this.second = second;
    this.rule = rule;
  }

  /**
   * The request whose history is inconsistent.
   *
   * @return the request id
   */
  public String getRequestId() {
    return requestId;
  }

  /**
   * The earlier event of the conflict (or the submission).
   *
   * @return the first event
   */
  public EventRef getFirst() {
    return first;
  }

  /**
   * The later event, which the history cannot contain given the first.
   *
   * @return the second event
   */
  public EventRef getSecond() {
    return second;
  }

  /**
   * The rule broken.
   *
   * @return the rule, in English
   */
  public String getRule() {
    return rule;
  }
}

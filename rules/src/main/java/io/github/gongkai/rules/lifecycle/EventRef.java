package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.request.RequestEvent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A pointer to one event of a request's history: its kind, date and index. The submission itself
 * is index -1 with kind {@code "submitted"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventRef implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final LocalDate date;
  private final int index;

  private EventRef(String kind, LocalDate date, int index) {
    this.kind = kind;
    this.date = date;
    this.index = index;
  }

  static EventRef of(RequestEvent e, int index) {
    return new EventRef(e.getKind().getCode(), e.getDate(), index);
  }

  static EventRef submission(LocalDate date) {
    return new EventRef("submitted", date, -1);
  }

  /**
   * The event kind's code, e.g. {@code "answered"}, or {@code "submitted"} for the submission.
   *
   * @return the kind
   */
  public String getKind() {
    return kind;
  }

  /**
   * The event date.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * The index in the history, from 0; -1 for the submission.
   *
   * @return the index
   */
  public int getIndex() {
    return index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventRef
        && ((EventRef) o).kind.equals(kind)
        && ((EventRef) o).date.equals(date)
        && ((EventRef) o).index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date, index);
  }

  /** Returns e.g. {@code answered on 2025-11-20 (event #3)}. */
  @Override
  public String toString() {
    return kind + " on " + date + (index < 0 ? " (submission)" : " (event #" + index + ")");
  }
}

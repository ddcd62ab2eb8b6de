package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.request.RequestEvent;
import java.io.Serializable;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A pointer to one event of a request's history: its kind, date and index. The submission itself
 * is index -1 with kind {@code "submitted"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventRef implements Serializable {
  private static final long serialVersionUID = 1L;

  EventRef() {}

  static EventRef of(RequestEvent e, int index) {
    return create(e.getKind().getCode(), e.getDate(), index);
  }

  static EventRef submission(LocalDate date) {
    return create("submitted", date, -1);
  }

  private static EventRef create(String kind, LocalDate date, int index) {
    return ImmutableEventRef.builder().kind(kind).date(date).index(index).build();
  }

  /**
   * The event's kind code ({@code "submitted"} for the submission).
   *
   * @return the kind
   */
  public abstract String getKind();

  /**
   * The event's date.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * The event's index in the request's history, -1 for the submission.
   *
   * @return the index
   */
  public abstract int getIndex();

  @Override
  public String toString() {
    int index = getIndex();
    return getKind() + " on " + getDate() + (index < 0 ? " (submission)" : " (event #" + index + ")");
  }
}

package io.github.gongkai.rules.publication;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The agenda lists exactly the duties whose due date falls in its window and nothing else: an item
 * formed by the agenda date and not published by it is overdue when due before that date, due soon
 * when due from that date to the window's end, and absent otherwise. The window's end is found here
 * by walking the calendar day by day, not by the code under test.
 */
class AgendaPropertiesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();
  private static final PublicationTracker TRACKER = PublicationTracker.of(CAL);
  private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

  /** One generated item: formed {@code formed} days after BASE, published {@code published} days after forming (-1: never). */
  record Spec(int formed, int published, boolean decision) {}

  static Gen<Spec> specs() {
    return integers().between(0, 900)
        .zip(integers().between(-1, 60), integers().between(0, 1), (f, p, k) -> new Spec(f, p, k == 1));
  }

  /** The n-th working day after {@code d}, walking the calendar (d itself when n is 0). */
  static LocalDate walk(LocalDate d, int n) {
    LocalDate x = d;
    for (int left = n; left > 0; ) {
      x = x.plusDays(1);
      if (CAL.isWorkingDay(x)) {
        left--;
      }
    }
    return x;
  }

  @Test
  void the_agenda_lists_exactly_the_items_due_in_its_window() {
    qt().forAll(lists().of(specs()).ofSizeBetween(0, 25), integers().between(0, 960), integers().between(0, 15))
        .checkAssert((specs, asOfOffset, within) -> {
          LocalDate asOf = BASE.plusDays(asOfOffset);
          LocalDate windowEnd = walk(asOf, within);
          AgendaBuilder b = TRACKER.agenda(asOf, within);
          Set<String> overdue = new HashSet<>();
          Set<String> soon = new HashSet<>();
          List<Spec> all = new ArrayList<>(specs);
          for (int i = 0; i < all.size(); i++) {
            Spec s = all.get(i);
            LocalDate formed = BASE.plusDays(s.formed());
            LocalDate published = s.published() < 0 ? null : formed.plusDays(s.published());
            String id = "X-" + i;
            LocalDate due;
            if (s.decision()) {
              EnforcementDecision.Builder d = PublicationTrackerTest.decision(id, EnforcementKind.PENALTY, formed.toString());
              if (published != null) {
                d.publishedOn(published);
              }
              b.add(d.build());
              due = TRACKER.getDeadlines().due(PublicationKind.PENALTY, formed).getDueDate();
            } else {
              PublicationItem.Builder it = PublicationItem.builder().id(id).title("t").formedOn(formed);
              if (published != null) {
                it.addEvents(PublicationEvent.of(PublicationEventKind.PUBLISHED, published));
              }
              b.add(it.build());
              due = TRACKER.getDeadlines().due(PublicationKind.PROACTIVE, formed).getDueDate();
            }
            boolean arisen = !formed.isAfter(asOf);
            boolean done = published != null && !published.isAfter(asOf);
            if (arisen && !done && due.isBefore(asOf)) {
              overdue.add(id);
            } else if (arisen && !done && !due.isAfter(windowEnd)) {
              soon.add(id);
            }
          }
          Agenda a = b.build();
          assertThat(a.getWindowEnd()).isEqualTo(windowEnd);
          assertThat(a.getOverdue()).extracting(AgendaEntry::getId).containsExactlyInAnyOrderElementsOf(overdue);
          assertThat(a.getDueSoon()).extracting(AgendaEntry::getId).containsExactlyInAnyOrderElementsOf(soon);
          assertThat(a.getOverdue()).allSatisfy(e -> assertThat(e.getDaysLate()).isPositive());
          assertThat(a.getDueSoon()).allSatisfy(e -> assertThat(e.getDueDate()).isBetween(asOf, windowEnd));
          List<LocalDate> dues = new ArrayList<>();
          a.getOverdue().forEach(e -> dues.add(e.getDueDate()));
          a.getDueSoon().forEach(e -> dues.add(e.getDueDate()));
          assertThat(dues).isSorted();
        });
  }
}

package io.github.gongkai.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.item.PublicationMedium;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Item states from dated records, decisions under 双公示, exclusions, lateness, rates and counts. */
class PublicationTrackerTest {
  private static final PublicationTracker TRACKER = PublicationTracker.of(ChinaCalendars.official());

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static PublicationItem item(String id, String formed, PublicationEvent... events) {
    return PublicationItem.builder().id(id).title("某项目批复").formedOn(d(formed)).addEvents(events).build();
  }

  static PublicationEvent ev(PublicationEventKind kind, String date) {
    return PublicationEvent.of(kind, d(date));
  }

  static EnforcementDecision.Builder decision(String number, EnforcementKind kind, String decided) {
    return EnforcementDecision.builder()
        .decisionNumber(number)
        .kind(kind)
        .party(Party.of(PartyType.LEGAL_PERSON, "某建筑工程有限公司"))
        .decidedOn(d(decided))
        .legalBasis("《中华人民共和国城乡规划法》");
  }

  @Test
  void an_item_moves_drafted_awaiting_approval_published_corrected_withdrawn() {
    PublicationItem i =
        item("G-1", "2024-09-27",
            ev(PublicationEventKind.DRAFTED, "2024-09-27"),
            ev(PublicationEventKind.SUBMITTED, "2024-10-08"),
            PublicationEvent.builder().kind(PublicationEventKind.PUBLISHED).date(d("2024-10-31"))
                .medium(PublicationMedium.WEBSITE).location("https://example.gov.cn/xxgk/1").build(),
            ev(PublicationEventKind.CORRECTED, "2024-11-05"),
            ev(PublicationEventKind.WITHDRAWN, "2024-12-02"));
    assertThat(i.stateAsOf(d("2024-09-26"))).isEqualTo(PublicationState.DRAFTED);
    assertThat(i.stateAsOf(d("2024-10-08"))).isEqualTo(PublicationState.AWAITING_APPROVAL);
    assertThat(i.stateAsOf(d("2024-10-31"))).isEqualTo(PublicationState.PUBLISHED);
    assertThat(i.stateAsOf(d("2024-11-05"))).isEqualTo(PublicationState.CORRECTED);
    assertThat(i.getState()).isEqualTo(PublicationState.WITHDRAWN);

    PublicationStatus s = TRACKER.status(i);
    // due 2024-10-30 (PublicationDeadlinesTest), published on 10-31: one calendar and one working day late
    assertThat(s.getDueDate()).isEqualTo(d("2024-10-30"));
    assertThat(s.getDoneOn()).isEqualTo(d("2024-10-31"));
    assertThat(s.isOnTime()).isFalse();
    assertThat(s.daysOverdue(d("2025-01-01"))).isEqualTo(1);
    assertThat(TRACKER.workingDaysOverdue(s, d("2025-01-01"))).isEqualTo(1);
    assertThat(s.isOverdue(d("2024-10-31"))).isFalse();
  }

  @Test
  void an_unpublished_item_is_late_by_calendar_and_working_days() {
    PublicationStatus s = TRACKER.status(item("G-2", "2024-09-27", ev(PublicationEventKind.SUBMITTED, "2024-10-20")));
    assertThat(s.getState()).isEqualTo(PublicationState.AWAITING_APPROVAL);
    assertThat(s.isOverdue(d("2024-10-30"))).isFalse();
    assertThat(s.isOverdue(d("2024-10-31"))).isTrue();
    // due Wed 10-30; as of Mon 11-04: 5 calendar days; working days after 10-30 up to 11-04: 10-31, 11-01, 11-04
    assertThat(s.daysOverdue(d("2024-11-04"))).isEqualTo(5);
    assertThat(TRACKER.workingDaysOverdue(s, d("2024-11-04"))).isEqualTo(3);
  }

  @Test
  void a_change_restarts_the_limit_and_a_publication_before_it_does_not_count() {
    PublicationItem changed =
        PublicationItem.builder().id("G-3").title("某规划").formedOn(d("2024-03-01")).changedOn(d("2025-01-24"))
            .addEvents(ev(PublicationEventKind.PUBLISHED, "2024-03-05"))
            .build();
    PublicationStatus s = TRACKER.status(changed);
    assertThat(s.getCountedFrom()).isEqualTo(d("2025-01-24"));
    // 20 working days from Fri 2025-01-24: 01-26, 01-27 (2), 02-05..02-07 (5), 02-08 (6), 02-10..02-14 (11),
    // 02-17..02-21 (16), 02-24, 02-25, 02-26, 02-27 (20)
    assertThat(s.getDueDate()).isEqualTo(d("2025-02-27"));
    assertThat(s.getDoneOn()).isNull();
    PublicationItem republished =
        PublicationItem.builder().from(changed).addEvents(ev(PublicationEventKind.CORRECTED, "2025-02-10")).build();
    assertThat(TRACKER.status(republished).isOnTime()).isTrue();
  }

  @Test
  void impossible_item_records_are_refused_with_their_field() {
    assertThatThrownBy(() -> item("X", "2024-09-27", ev(PublicationEventKind.WITHDRAWN, "2024-09-30")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("events[0].kind");
    assertThatThrownBy(() -> item("X", "2024-09-27", ev(PublicationEventKind.DRAFTED, "2024-09-26")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("events[0].date");
    assertThatThrownBy(() -> item("X", "2024-09-27",
            ev(PublicationEventKind.PUBLISHED, "2024-10-09"), ev(PublicationEventKind.CORRECTED, "2024-10-08")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("events[1].date");
    assertThatThrownBy(() -> item("X", "2024-09-27",
            ev(PublicationEventKind.PUBLISHED, "2024-10-09"), ev(PublicationEventKind.SUBMITTED, "2024-10-10")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("published");
    assertThatThrownBy(() -> PublicationItem.builder().id("X").title("t").formedOn(d("2024-09-27")).changedOn(d("2024-09-26")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("changedOn");
  }

  @Test
  void a_decision_has_its_publication_duty_and_a_revised_penalty_its_withdrawal_duty() {
    EnforcementDecision penalty =
        decision("某罚〔2025〕3号", EnforcementKind.PENALTY, "2025-01-24")
            .publishedOn(d("2025-02-10"))
            .revision(Revision.REVOKED).revisedOn(d("2025-02-06"))
            .withdrawnOn(d("2025-02-11"))
            .build();
    List<PublicationStatus> duties = TRACKER.statuses(penalty);
    assertThat(duties).extracting(PublicationStatus::getDuty).containsExactly(AgendaDuty.PENALTY, AgendaDuty.WITHDRAWAL);
    // publication due Mon 02-10 (7 working days over the Spring Festival), published that day: on time
    assertThat(duties.get(0).getDueDate()).isEqualTo(d("2025-02-10"));
    assertThat(duties.get(0).isOnTime()).isTrue();
    // withdrawal due Mon 02-10 (02-07, make-up 02-08, 02-10), done on 02-11: one day late
    assertThat(duties.get(1).getDueDate()).isEqualTo(d("2025-02-10"));
    assertThat(duties.get(1).isOnTime()).isFalse();
    assertThat(duties.get(1).daysOverdue(d("2025-03-01"))).isEqualTo(1);

    EnforcementDecision licence =
        decision("某许〔2025〕1号", EnforcementKind.LICENCE, "2025-01-24")
            .publishedOn(d("2025-02-01")).revision(Revision.CHANGED).revisedOn(d("2025-02-06")).build();
    assertThat(TRACKER.statuses(licence)).extracting(PublicationStatus::getDuty).containsExactly(AgendaDuty.LICENCE);
  }

  @Test
  void excluded_categories_and_withheld_decisions_have_no_publication_duty() {
    PublicationTracker tracker =
        PublicationTracker.of(ChinaCalendars.official(),
            PublicationPolicy.builder().addExcludedCategories("检验检疫类").build());
    EnforcementDecision inspection = decision("某许〔2024〕9号", EnforcementKind.LICENCE, "2024-05-06").category("检验检疫类").build();
    EnforcementDecision privacy =
        decision("某罚〔2024〕2号", EnforcementKind.PENALTY, "2024-05-06").withheld(ExclusionReason.PERSONAL_INFORMATION).build();
    EnforcementDecision ordinary = decision("某许〔2024〕10号", EnforcementKind.LICENCE, "2024-05-06").category("建设工程类").build();
    assertThat(tracker.exclusion(inspection)).contains(ExclusionReason.EXCLUDED_CATEGORY);
    assertThat(tracker.exclusion(privacy)).contains(ExclusionReason.PERSONAL_INFORMATION);
    assertThat(tracker.exclusion(ordinary)).isEmpty();
    assertThat(tracker.statuses(inspection)).isEmpty();
    assertThat(tracker.statuses(privacy)).isEmpty();
    assertThat(tracker.statuses(ordinary)).hasSize(1);
    // the default policy excludes no category
    assertThat(TRACKER.exclusion(inspection)).isEmpty();
  }

  @Test
  void a_natural_persons_name_and_identifier_are_shown_masked() {
    Party p = Party.builder().type(PartyType.NATURAL_PERSON).name("张三丰").identifier("110101199003071234").build();
    assertThat(p.getDisplayName()).isEqualTo("张**");
    assertThat(p.getDisplayIdentifier()).isEqualTo("110***********1234");
    assertThat(p.toString()).doesNotContain("三丰").doesNotContain("19900307");
    EnforcementDecision d = decision("某罚〔2024〕5号", EnforcementKind.PENALTY, "2024-05-06").party(p).build();
    assertThat(d.toString()).contains("张**").doesNotContain("张三丰");
    Party company = Party.builder().type(PartyType.LEGAL_PERSON).name("某建筑工程有限公司").build();
    assertThat(company.getDisplayName()).isEqualTo("某建筑工程有限公司");
    assertThatThrownBy(() -> Party.builder().type(PartyType.LEGAL_PERSON).name("某公司").identifier("91350100M000100Y4O").build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("identifier").hasMessageNotContaining("M000100Y4");
  }

  @Test
  void impossible_decisions_are_refused() {
    assertThatThrownBy(() -> decision("x", EnforcementKind.PENALTY, "2025-01-24").publishedOn(d("2025-01-23")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("publishedOn");
    assertThatThrownBy(() -> decision("x", EnforcementKind.PENALTY, "2025-01-24").revisedOn(d("2025-02-01")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("revision");
    assertThatThrownBy(() -> decision("x", EnforcementKind.PENALTY, "2025-01-24")
            .revision(Revision.REVOKED).revisedOn(d("2025-02-01")).withdrawnOn(d("2025-02-03")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("withdrawnOn");
    assertThatThrownBy(() -> decision(" ", EnforcementKind.PENALTY, "2025-01-24").build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("decisionNumber");
  }

  @Test
  void the_on_time_rate_counts_duties_come_due_and_those_met_in_time() {
    List<EnforcementDecision> ds =
        List.of(
            // due 2025-02-10; published 02-10: on time
            decision("A", EnforcementKind.LICENCE, "2025-01-24").publishedOn(d("2025-02-10")).build(),
            // due 2025-02-10; published 02-11: late
            decision("B", EnforcementKind.LICENCE, "2025-01-24").publishedOn(d("2025-02-11")).build(),
            // due 2025-02-10; not published: late
            decision("C", EnforcementKind.PENALTY, "2025-01-24").build(),
            // decided 02-20, due 03-03: not yet due on 02-28, left out though published
            decision("D", EnforcementKind.PENALTY, "2025-02-20").publishedOn(d("2025-02-21")).build(),
            // withheld: no duty
            decision("E", EnforcementKind.PENALTY, "2025-01-24").withheld(ExclusionReason.STATE_SECRET).build());
    PublicationRate r = TRACKER.onTimeRate(ds, d("2025-02-28"));
    assertThat(r.getNumerator()).isEqualTo(1);
    assertThat(r.getDenominator()).isEqualTo(3);
    assertThat(r.getRatio()).isEqualByComparingTo(new BigDecimal("0.3333"));
    assertThat(TRACKER.onTimeRate(List.of(), d("2025-02-28")).getRatio()).isNull();
    assertThat(TRACKER.onTimeRateOfItems(
            List.of(item("I", "2024-09-27", ev(PublicationEventKind.PUBLISHED, "2024-10-30"))), d("2024-12-31")))
        .hasToString("1/1");
  }

  @Test
  void counts_feed_table_two_with_every_decision_made_in_the_period() {
    PublicationTracker tracker =
        PublicationTracker.of(ChinaCalendars.official(), PublicationPolicy.builder().addExcludedCategories("检验检疫类").build());
    List<EnforcementDecision> ds =
        List.of(
            decision("L1", EnforcementKind.LICENCE, "2024-01-02").publishedOn(d("2024-01-05")).build(),
            decision("L2", EnforcementKind.LICENCE, "2024-12-31").publishedOn(d("2025-01-03")).build(),
            decision("L3", EnforcementKind.LICENCE, "2024-06-03").category("检验检疫类").build(),
            decision("L4", EnforcementKind.LICENCE, "2023-12-29").publishedOn(d("2024-01-03")).build(),
            decision("P1", EnforcementKind.PENALTY, "2024-07-01").publishedOn(d("2024-07-03")).build(),
            decision("P2", EnforcementKind.PENALTY, "2025-01-02").publishedOn(d("2025-01-03")).build());
    DecisionCounts c = tracker.counts(ds, d("2024-01-01"), d("2024-12-31"));
    assertThat(c.getLicensingDecisions()).isEqualTo(3);
    assertThat(c.getLicensingPublished()).isEqualTo(1);
    assertThat(c.getLicensingExcluded()).isEqualTo(1);
    assertThat(c.getPenaltyDecisions()).isEqualTo(1);
    assertThat(c.getPenaltiesPublished()).isEqualTo(1);
    assertThat(c.asTable2()).isEqualTo(Map.of("licensing", Map.of("decisions", 3), "penalties", Map.of("decisions", 1)));
    assertThatThrownBy(() -> tracker.counts(ds, d("2024-12-31"), d("2024-01-01"))).isInstanceOf(InvalidValueException.class);
  }
}

package io.github.gongkai.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.rules.deadline.Deadline;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.deadline.DeadlineRule;
import io.github.gongkai.rules.deadline.DeadlineStep;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Publication due dates across holidays and 调休 make-up working days, each against a count by hand
 * on the State Council's notices (2024: National Day 10-01..10-07 off, Sun 09-29 and Sat 10-12
 * worked; 2025: Spring Festival 01-28..02-04 off, Sun 01-26 and Sat 02-08 worked).
 */
class PublicationDeadlinesTest {
  private static final PublicationDeadlines DEFAULTS = PublicationDeadlines.of(ChinaCalendars.official());

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static PublicationDeadlines with(PublicationPolicy policy) {
    return PublicationDeadlines.of(ChinaCalendars.official(), policy);
  }

  @Test
  void proactive_item_formed_just_before_national_day_2024() {
    // Formed Fri 2024-09-27 (start day not counted). Sun 09-29 is a make-up working day (1), Mon
    // 09-30 (2); 10-01..10-07 off; Tue 10-08..Fri 10-11 (3-6); Sat 10-12 make-up (7); 10-14..10-18
    // (8-12); 10-21..10-25 (13-17); Mon 10-28 (18), Tue 10-29 (19), Wed 10-30 (20).
    Deadline due = DEFAULTS.due(PublicationKind.PROACTIVE, d("2024-09-27"));
    assertThat(due.getDueDate()).isEqualTo(d("2024-10-30"));
    DeadlineStep step = due.getTrace().get(0);
    assertThat(step.getRule()).isEqualTo(DeadlineRule.PROACTIVE_PUBLICATION);
    assertThat(step.getStart()).isEqualTo(d("2024-09-27"));
    assertThat(step.getWorkingDays()).isEqualTo(20);
    assertThat(step.getNote()).contains("20 working days of 2024-09-27").contains("by 2024-10-30");
    assertThat(step.getNote(Locale.CHINESE)).contains("（2024-09-27）起20个工作日内公开").contains("2024-10-30");
    assertThat(due.getCalendarVersion()).isNotBlank();
  }

  @Test
  void without_make_up_days_the_same_item_is_due_two_days_later() {
    // Not counting 09-29 and 10-12: Mon 09-30 (1); 10-08..10-11 (2-5); 10-14..10-18 (6-10);
    // 10-21..10-25 (11-15); 10-28..10-31 (16-19); Fri 11-01 (20).
    PublicationDeadlines noMakeUp =
        with(PublicationPolicy.builder()
            .deadlinePolicy(DeadlinePolicy.builder().makeUpWorkdaysCounted(false).build())
            .build());
    assertThat(noMakeUp.due(PublicationKind.PROACTIVE, d("2024-09-27")).getDueDate()).isEqualTo(d("2024-11-01"));
  }

  @Test
  void a_stricter_local_limit_of_15_days_is_a_second_step_that_binds() {
    // 15 working days from Fri 2024-09-27: as above, the 15th is Wed 10-23.
    PublicationDeadlines local = with(PublicationPolicy.defaults().withLimit(PublicationKind.PROACTIVE, 15));
    Deadline due = local.due(PublicationKind.PROACTIVE, d("2024-09-27"));
    assertThat(due.getDueDate()).isEqualTo(d("2024-10-23"));
    assertThat(due.getTrace()).extracting(DeadlineStep::getRule)
        .containsExactly(DeadlineRule.PROACTIVE_PUBLICATION, DeadlineRule.PUBLICATION_LIMIT);
    assertThat(due.getTrace().get(0).getEnd()).isEqualTo(d("2024-10-30"));
    assertThat(due.getTrace().get(1).getPolicy()).isEqualTo("proactiveWorkingDays=15");
    assertThat(due.getTrace().get(1).getLegalBasis()).isNull();
  }

  @Test
  void a_per_class_limit_replaces_the_local_limit_for_its_class_only() {
    PublicationPolicy policy =
        PublicationPolicy.builder()
            .deadlinePolicy(DeadlinePolicy.builder().proactiveWorkingDays(15).build())
            .classWorkingDays(Map.of("行政处罚", 10, "统计信息", 20))
            .build();
    PublicationDeadlines p = with(policy);
    // 10 working days from Fri 2024-09-27: 09-29, 09-30, 10-08..10-11, 10-12, 10-14, 10-15, 10-16 -> Wed 10-16
    Deadline penalties = p.due(PublicationKind.PROACTIVE, d("2024-09-27"), "行政处罚");
    assertThat(penalties.getDueDate()).isEqualTo(d("2024-10-16"));
    assertThat(penalties.getTrace().get(1).getPolicy()).isEqualTo("classWorkingDays[行政处罚]=10");
    // a class allowed the statutory 20 is not held to the local 15
    assertThat(p.due(PublicationKind.PROACTIVE, d("2024-09-27"), "统计信息").getDueDate()).isEqualTo(d("2024-10-30"));
    // another class keeps the local 15
    assertThat(p.due(PublicationKind.PROACTIVE, d("2024-09-27"), "机构职能").getDueDate()).isEqualTo(d("2024-10-23"));
  }

  @Test
  void licence_decision_just_before_spring_festival_2025() {
    // Decided Fri 2025-01-24. Sun 01-26 make-up (1), Mon 01-27 (2); 01-28..02-04 off; Wed 02-05 (3),
    // Thu 02-06 (4), Fri 02-07 (5), Sat 02-08 make-up (6), Mon 02-10 (7).
    Deadline due = DEFAULTS.due(PublicationKind.LICENCE, d("2025-01-24"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-02-10"));
    assertThat(due.getTrace()).singleElement().satisfies(s -> {
      assertThat(s.getRule()).isEqualTo(DeadlineRule.DECISION_PUBLICATION);
      assertThat(s.getWorkingDays()).isEqualTo(7);
      assertThat(s.getNote()).contains("within 7 working days").contains("2025-02-10");
    });
  }

  @Test
  void penalty_decision_on_the_market_regulation_route_before_spring_festival_2025() {
    // Decided Fri 2025-01-24, 20 working days: as above to Mon 02-10 (7); 02-11..02-14 (8-11);
    // 02-17..02-21 (12-16); Mon 02-24 (17), Tue 02-25 (18), Wed 02-26 (19), Thu 02-27 (20).
    PublicationDeadlines market =
        with(PublicationPolicy.builder().penaltyRoute(PublicationRoute.MARKET_REGULATION).build());
    assertThat(market.due(PublicationKind.PENALTY, d("2025-01-24")).getDueDate()).isEqualTo(d("2025-02-27"));
    // a stricter agency limit of 10 under the 20 of 总局令第45号: 02-10 is the 7th, 02-11, 02-12, 02-13 -> Thu 02-13
    Deadline stricter =
        with(PublicationPolicy.builder().penaltyRoute(PublicationRoute.MARKET_REGULATION).penaltyWorkingDays(10).build())
            .due(PublicationKind.PENALTY, d("2025-01-24"));
    assertThat(stricter.getDueDate()).isEqualTo(d("2025-02-13"));
    assertThat(stricter.getTrace()).extracting(DeadlineStep::getRule)
        .containsExactly(DeadlineRule.DECISION_PUBLICATION, DeadlineRule.PUBLICATION_LIMIT);
  }

  @Test
  void withdrawal_over_the_spring_festival_2025() {
    // Revoked Mon 2025-01-27: 01-28..02-04 off; Wed 02-05 (1), Thu 02-06 (2), Fri 02-07 (3).
    assertThat(DEFAULTS.due(PublicationKind.WITHDRAWAL, d("2025-01-27")).getDueDate()).isEqualTo(d("2025-02-07"));
    // Revoked Thu 2025-02-06: Fri 02-07 (1), Sat 02-08 make-up (2), Mon 02-10 (3).
    assertThat(DEFAULTS.due(PublicationKind.WITHDRAWAL, d("2025-02-06")).getDueDate()).isEqualTo(d("2025-02-10"));
    // Revoked on Sat 2025-01-25, a rest day: the day itself is not counted; Sun 01-26 (1), Mon 01-27 (2), Wed 02-05 (3).
    assertThat(DEFAULTS.due(PublicationKind.WITHDRAWAL, d("2025-01-25")).getDueDate()).isEqualTo(d("2025-02-05"));
  }

  @Test
  void binding_limits_may_only_be_stricter_and_policy_limits_range_1_to_20() {
    // binding limits may only be made stricter
    assertThatThrownBy(() -> PublicationPolicy.builder().withdrawalWorkingDays(4).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("withdrawalWorkingDays").hasMessageContaining("1 to 3");
    assertThatThrownBy(() -> PublicationPolicy.builder().withdrawalWorkingDays(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 to 3");
    assertThatThrownBy(() -> PublicationPolicy.builder().penaltyRoute(PublicationRoute.MARKET_REGULATION).penaltyWorkingDays(21).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 to 20");
    // the 7 days of 国办发〔2015〕51号 are policy: an agency may set 1 to 20
    assertThatThrownBy(() -> PublicationPolicy.builder().licenceWorkingDays(21).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("licenceWorkingDays").hasMessageContaining("1 to 20");
    assertThat(PublicationLimits.policyBound(PublicationKind.LICENCE, PublicationRoute.GENERAL)).isEqualTo(20);
    assertThat(PublicationLimits.policyBound(PublicationKind.WITHDRAWAL, PublicationRoute.GENERAL)).isEqualTo(3);
    assertThat(PublicationLimits.policyBound(PublicationKind.PROACTIVE, PublicationRoute.GENERAL)).isEqualTo(20);
    // a penalty limit of 10 on the general route: from Fri 2025-01-24, 01-26 (1), 01-27 (2), 02-05..02-08 (6),
    // 02-10 (7), 02-11 (8), 02-12 (9), 02-13 (10) -> Thu 02-13
    Deadline ten = with(PublicationPolicy.builder().penaltyWorkingDays(10).build()).due(PublicationKind.PENALTY, d("2025-01-24"));
    assertThat(ten.getDueDate()).isEqualTo(d("2025-02-13"));
    assertThat(ten.getTrace()).singleElement().satisfies(s -> assertThat(s.getPolicy()).isEqualTo("penaltyWorkingDays=10"));
    assertThatThrownBy(() -> PublicationPolicy.builder().putClassWorkingDays("行政许可", 21).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("classWorkingDays.行政许可");
    // a licence limit of 5: 1-24 Fri -> 01-26, 01-27, 02-05, 02-06, 02-07
    Deadline five = with(PublicationPolicy.defaults().withLimit(PublicationKind.LICENCE, 5)).due(PublicationKind.LICENCE, d("2025-01-24"));
    assertThat(five.getDueDate()).isEqualTo(d("2025-02-07"));
    assertThat(five.getTrace()).singleElement().satisfies(s -> assertThat(s.getPolicy()).isEqualTo("licenceWorkingDays=5"));
  }

  @Test
  void a_date_outside_the_calendar_fails_with_the_calendars_exception() {
    assertThatThrownBy(() -> DEFAULTS.due(PublicationKind.PROACTIVE, d("2026-12-20")))
        .isInstanceOf(CalendarCoverageException.class);
  }
}

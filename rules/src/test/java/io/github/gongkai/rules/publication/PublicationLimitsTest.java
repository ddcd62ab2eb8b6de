package io.github.gongkai.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.rules.deadline.Deadline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code publication-limits.tsv}, each checked against its source as stated in
 * docs/legal-reference.md §2, §3 and §8A, and each used once for a due date counted by hand on the
 * official calendar.
 */
class PublicationLimitsTest {
  private static final PublicationDeadlines DEFAULTS = PublicationDeadlines.of(ChinaCalendars.official());
  private static final PublicationDeadlines MARKET =
      PublicationDeadlines.of(
          ChinaCalendars.official(),
          PublicationPolicy.builder().penaltyRoute(PublicationRoute.MARKET_REGULATION).build());

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void the_table_has_exactly_the_seven_reviewed_rows() {
    List<PublicationLimit> all = PublicationLimits.all();
    assertThat(all).extracting(l -> l.getKind().getCode() + "/" + (l.getRoute() == null ? "*" : l.getRoute().getCode())
            + "/" + (l.getRegime() == null ? "*" : l.getRegime().getCode()) + "/" + l.getWorkingDays()
            + "/" + (l.isPolicy() ? "policy" : "binding") + "/" + l.getLegalBasis().toNotation()
            + "/" + (l.getWorkingDaysBasis() == null ? "-" : l.getWorkingDaysBasis().toNotation())
            + "/" + l.getInForceFrom())
        .containsExactly(
            "proactive/*/2008/20/binding/OGI-2008:18/-/null",
            "proactive/*/2019/20/binding/OGI-2019:26/-/null",
            "licence/*/*/7/policy/~CREDIT-2015-51:/-/null",
            "penalty/general/*/7/policy/~CREDIT-2015-51:/-/null",
            "penalty/market-regulation/*/20/binding/SAMR-2021-45:/-/2021-09-01",
            "withdrawal/general/*/3/binding/APL-2021:48/APL-2021:85/null",
            "withdrawal/market-regulation/*/3/binding/SAMR-2021-45:/-/2021-09-01");
  }

  @Test
  void row_proactive_2008_regulation_art18_20_working_days() {
    // Information formed on Fri 2019-05-10, before the 2019 Regulation took effect (2019-05-15):
    // 2008 Art.18, 20 working days. By hand: May 13-17 (5), 20-24 (10), 27-31 (15), Jun 3-6 (19);
    // Fri Jun 7 is the Dragon Boat Festival, off; Mon Jun 10 is the 20th.
    PublicationLimit row = PublicationLimits.of(PublicationKind.PROACTIVE, PublicationRoute.GENERAL, d("2019-05-10"));
    assertThat(row.getRegime()).isEqualTo(Regime.R2008);
    Deadline due = DEFAULTS.due(PublicationKind.PROACTIVE, d("2019-05-10"));
    assertThat(due.getDueDate()).isEqualTo(d("2019-06-10"));
    assertThat(due.getTrace().get(0).getCitation()).isEqualTo("《中华人民共和国政府信息公开条例》第十八条");
  }

  @Test
  void row_proactive_2019_regulation_art26_20_working_days() {
    // Formed on Mon 2025-11-03: Nov 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), Mon Dec 1 (20).
    Deadline due = DEFAULTS.due(PublicationKind.PROACTIVE, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(due.getTrace()).hasSize(1);
    assertThat(due.getTrace().get(0).getCitation()).isEqualTo("《中华人民共和国政府信息公开条例》第二十六条");
    assertThat(due.getTrace().get(0).getPolicy()).isNull();
  }

  @Test
  void row_licence_7_working_days_is_policy_of_guobanfa_2015_51() {
    // Decided on Mon 2025-11-03: Nov 4, 5, 6, 7 (4), 10, 11, 12 (7) -> Wed 2025-11-12.
    Deadline due = DEFAULTS.due(PublicationKind.LICENCE, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-12"));
    assertThat(due.getTrace().get(0).getLegalBasis().isInterpretation()).isTrue();
    assertThat(due.getTrace().get(0).getCitation())
        .isEqualTo("《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》（国办发〔2015〕51号）");
    assertThat(due.getTrace().get(0).getPolicy()).isEqualTo("licenceWorkingDays=7");
  }

  @Test
  void row_penalty_general_7_working_days_is_policy() {
    Deadline due = DEFAULTS.due(PublicationKind.PENALTY, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-12"));
    assertThat(due.getTrace().get(0).getPolicy()).isEqualTo("penaltyWorkingDays=7");
  }

  @Test
  void row_penalty_market_regulation_20_working_days_from_2021_09_01() {
    // Decided on Mon 2025-11-03: 20 working days as for proactive information -> Mon 2025-12-01.
    Deadline due = MARKET.due(PublicationKind.PENALTY, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(due.getTrace().get(0).getCitation())
        .isEqualTo("《市场监督管理行政处罚信息公示规定》（国家市场监督管理总局令第45号）");
    assertThat(due.getTrace().get(0).getLegalBasis().isInterpretation()).isFalse();
    assertThat(due.getTrace().get(0).getPolicy()).isEqualTo("penaltyRoute=market-regulation");
    // the instrument came into force on 2021-09-01: a decision of the day before is refused
    assertThatThrownBy(() -> MARKET.due(PublicationKind.PENALTY, d("2021-08-31")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2021-09-01");
    assertThat(MARKET.due(PublicationKind.PENALTY, d("2021-09-01")).getDueDate()).isAfter(d("2021-09-01"));
  }

  @Test
  void row_withdrawal_general_3_days_of_penalty_law_art48_working_days_by_art85() {
    // Revoked on Mon 2025-11-03: Tue 4, Wed 5, Thu 6 -> 2025-11-06.
    Deadline due = DEFAULTS.due(PublicationKind.WITHDRAWAL, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-06"));
    assertThat(due.getTrace()).extracting(s -> s.getCitation())
        .containsExactly("《中华人民共和国行政处罚法》第八十五条", "《中华人民共和国行政处罚法》第四十八条");
    assertThat(due.getTrace().get(0).getWorkingDays()).isZero();
  }

  @Test
  void row_withdrawal_market_regulation_3_working_days() {
    Deadline due = MARKET.due(PublicationKind.WITHDRAWAL, d("2025-11-03"));
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-06"));
    assertThat(due.getTrace()).singleElement()
        .satisfies(s -> assertThat(s.getCitation()).isEqualTo("《市场监督管理行政处罚信息公示规定》（国家市场监督管理总局令第45号）"));
  }

  @Test
  void maxima_bound_the_policy_limits() {
    assertThat(PublicationLimits.maximum(PublicationKind.PROACTIVE, PublicationRoute.GENERAL)).isEqualTo(20);
    assertThat(PublicationLimits.maximum(PublicationKind.LICENCE, PublicationRoute.MARKET_REGULATION)).isEqualTo(7);
    assertThat(PublicationLimits.maximum(PublicationKind.PENALTY, PublicationRoute.GENERAL)).isEqualTo(7);
    assertThat(PublicationLimits.maximum(PublicationKind.PENALTY, PublicationRoute.MARKET_REGULATION)).isEqualTo(20);
    assertThat(PublicationLimits.maximum(PublicationKind.WITHDRAWAL, PublicationRoute.GENERAL)).isEqualTo(3);
  }
}

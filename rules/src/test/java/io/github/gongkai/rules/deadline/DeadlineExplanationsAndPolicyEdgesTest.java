package io.github.gongkai.rules.deadline;

import static io.github.gongkai.rules.deadline.DeadlineFixtures.CAL;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.corrected;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.count;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.d;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.engineWith;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.extended;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.only;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.pause;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.withPauses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.DayType;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The explanation a deadline carries (which step, which policy setting, which words) and the
 * edges of the policy and input limits. Dates are on the official calendar: 2025-11-03 is a
 * Monday and 20 working days later is 2025-12-01; 2017-06-19 is a Monday under the 2008
 * Regulation, 15 working days later is 2017-07-10.
 */
class DeadlineExplanationsAndPolicyEdgesTest {
  private final DeadlineEngine engine = DeadlineEngine.of(CAL);

  /** The note of the one extension step, in English and in Chinese, of a request with the pause. */
  private DeadlineStep extensionStepWith(Pause pause) {
    DeadlineResult r = engine.compute(withPauses("2025-11-03", pause));
    return only(r, DeadlineRule.EXTENSION);
  }

  // ---- the receipt step says where the regime came from ----

  @Test
  void an_explicit_regime_is_explained_as_set_explicitly() {
    DeadlineResult r =
        engine.compute(DeadlineInput.builder().receiptDate(d("2025-11-03")).regime(Regime.R2008).build());
    assertThat(r.getRegime()).isEqualTo(Regime.R2008);
    assertThat(r.getReplyWorkingDays()).isEqualTo(15);
    DeadlineStep receipt = only(r, DeadlineRule.RECEIPT);
    assertThat(receipt.getNote()).contains("set explicitly").doesNotContain("cut-over");
    assertThat(receipt.getNoteZh()).contains("明确指定");
  }

  @Test
  void a_regime_taken_from_the_receipt_date_is_explained_by_the_cut_over() {
    DeadlineResult r = engine.compute(DeadlineInput.received(d("2025-11-03")));
    DeadlineStep receipt = only(r, DeadlineRule.RECEIPT);
    assertThat(receipt.getNote()).contains("2019-05-15 cut-over").doesNotContain("explicitly");
    assertThat(receipt.getNoteZh()).contains("以2019-05-15为界").doesNotContain("明确指定");
  }

  // ---- correction ----

  @Test
  void a_correction_notice_in_time_and_a_late_one_read_differently_in_chinese() {
    DeadlineStep inTime =
        only(
            engine.compute(
                DeadlineInput.builder().receiptDate(d("2025-11-03")).correctionNoticeDate(d("2025-11-12")).build()),
            DeadlineRule.CORRECTION_NOTICE);
    assertThat(inTime.getNoteZh()).contains("未逾期").doesNotContain("已逾期");
    assertThat(inTime.getNote()).contains("in time");
    DeadlineStep late =
        only(
            engine.compute(
                DeadlineInput.builder().receiptDate(d("2025-11-03")).correctionNoticeDate(d("2025-11-13")).build()),
            DeadlineRule.CORRECTION_NOTICE);
    assertThat(late.getNoteZh()).contains("已逾期");
  }

  @Test
  void a_corrected_request_received_on_a_saturday_restarts_the_clock_on_monday_and_says_why() {
    DeadlineResult r = engine.compute(corrected("2025-11-03", "2025-11-05", "2025-11-08"));
    assertThat(r.getCorrectedReceiptDate()).isEqualTo(d("2025-11-08"));
    assertThat(r.getClockStart()).isEqualTo(d("2025-11-10"));
    DeadlineStep restDay = only(r, DeadlineRule.REST_DAY_RECEIPT);
    assertThat(restDay.getStart()).isEqualTo(d("2025-11-08"));
    assertThat(restDay.getEnd()).isEqualTo(d("2025-11-10"));
    // 20 working days after Monday 2025-11-10
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-08"));
  }

  @Test
  void under_2008_a_correction_restarts_the_clock_by_default() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder().receiptDate(d("2017-06-19")).correctedReceiptDate(d("2017-06-22")).build());
    assertThat(r.getRegime()).isEqualTo(Regime.R2008);
    assertThat(r.getClockStart()).isEqualTo(d("2017-06-22"));
    assertThat(r.getDueDate()).isAfter(d("2017-07-10"));
  }

  // ---- pauses ----

  /** A fee notice (by default), and an agency consultation under 2008 (Art.24 names third parties only). */
  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-11-03 | FEE_NOTICE   | 2025-11-04 | 2025-11-05 | 2025-12-01 | feeNoticePausesClock=false              | a fee notice does not stop the clock | 收费通知期间不停止计算
      2017-06-19 | OTHER_AGENCY | 2017-06-20 | 2017-06-21 | 2017-07-10 | agencyConsultationPausesUnder2008=false | third-party consultation time only   | 第二十四条
      """)
  void an_ignored_pause_names_the_policy_switch_and_the_reason(
      String receipt, PauseKind kind, String from, String to, String due, String policy, String note, String noteZh) {
    DeadlineResult r = engine.compute(withPauses(receipt, pause(kind, from, to)));
    assertThat(r.getDueDate()).isEqualTo(d(due));
    assertThat(r.getExcludedPeriods()).isEmpty();
    DeadlineStep ignored = only(r, DeadlineRule.PAUSE_IGNORED);
    assertThat(ignored.getPolicy()).isEqualTo(policy);
    assertThat(ignored.getNote()).contains(note);
    assertThat(ignored.getNoteZh()).contains(noteZh);
  }

  @Test
  void a_third_party_pause_under_2008_is_counted_and_names_no_policy_switch() {
    DeadlineResult r = engine.compute(withPauses("2017-06-19", pause(PauseKind.THIRD_PARTY, "2017-06-20", "2017-06-21")));
    assertThat(count(r, DeadlineRule.PAUSE_IGNORED)).isZero();
    assertThat(r.getDueDate()).isEqualTo(d("2017-07-12"));
  }

  @Test
  void a_pause_over_a_weekend_only_is_shown_but_excludes_no_working_day() {
    DeadlineResult r = engine.compute(withPauses("2025-11-03", pause(PauseKind.THIRD_PARTY, "2025-11-08", "2025-11-09")));
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(only(r, DeadlineRule.PAUSE).getWorkingDays()).isZero();
  }

  // ---- reply period and extension ----

  @Test
  void the_reply_period_step_names_the_receipt_day_policy_only_when_it_is_on() {
    DeadlineInput in = DeadlineInput.received(d("2025-11-03"));
    assertThat(only(engine.compute(in), DeadlineRule.REPLY_PERIOD).getPolicy()).isNull();
    DeadlineEngine counted = engineWith(p -> p.receiptDayCounted(true));
    DeadlineResult r = counted.compute(in);
    assertThat(only(r, DeadlineRule.REPLY_PERIOD).getPolicy()).isEqualTo("receiptDayCounted=true");
    assertThat(r.getDueDate()).isEqualTo(d("2025-11-28"));
  }

  @Test
  void the_full_extension_is_allowed_under_each_regime() {
    DeadlineResult r2019 = engine.compute(extended("2025-11-03", 20, "2025-11-20"));
    assertThat(r2019.isExtensionGranted()).isTrue();
    assertThat(r2019.getEffectiveDueDate()).isEqualTo(r2019.getExtendedDueDate());
    assertThat(r2019.getExtendedDueDate()).isEqualTo(d("2025-12-29"));

    DeadlineResult r2008 = engine.compute(extended("2017-06-19", 15, "2017-07-10"));
    assertThat(r2008.getDueDate()).isEqualTo(d("2017-07-10"));
    assertThat(r2008.getExtensionWorkingDays()).isEqualTo(15);
    assertThat(r2008.getEffectiveDueDate()).isEqualTo(d("2017-07-31"));
    assertThatThrownBy(
            () ->
                engine.compute(
                    DeadlineInput.builder().receiptDate(d("2017-06-19")).extensionWorkingDays(16).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("extensionWorkingDays");
  }

  @Test
  void an_extension_approved_on_the_original_due_date_is_in_time() {
    DeadlineResult r = engine.compute(extended("2025-11-03", 5, "2025-12-01"));
    assertThat(r.getEffectiveDueDate()).isEqualTo(d("2025-12-08"));
    DeadlineStep ext = only(r, DeadlineRule.EXTENSION);
    assertThat(ext.getNote()).contains("5 working day(s) of extension granted on 2025-12-01");
    assertThat(ext.getNoteZh()).contains("已延长5个工作日").contains("2025-12-01同意");
  }

  @Test
  void without_a_granted_extension_the_step_plans_with_the_maximum() {
    DeadlineResult r = engine.compute(DeadlineInput.received(d("2025-11-03")));
    assertThat(r.isExtensionGranted()).isFalse();
    assertThat(r.getEffectiveDueDate()).isEqualTo(d("2025-12-01"));
    DeadlineStep ext = only(r, DeadlineRule.EXTENSION);
    assertThat(ext.getNote()).contains("no extension granted").doesNotContain("extension granted on");
    assertThat(ext.getNoteZh()).contains("未延长").doesNotContain("已延长");
    assertThat(ext.getNote()).doesNotContain("more paused");
  }

  @Test
  void a_granted_extension_without_an_approval_date_names_no_date() {
    DeadlineResult r =
        engine.compute(DeadlineInput.builder().receiptDate(d("2025-11-03")).extensionWorkingDays(3).build());
    DeadlineStep ext = only(r, DeadlineRule.EXTENSION);
    assertThat(ext.getNote()).contains("3 working day(s) of extension granted the reply is due by 2025-12-04");
    assertThat(ext.getNoteZh()).doesNotContain("同意");
  }

  @Test
  void pauses_inside_the_reply_period_are_not_counted_again_for_the_extension() {
    DeadlineStep ext = extensionStepWith(pause(PauseKind.THIRD_PARTY, "2025-11-05", "2025-11-11"));
    assertThat(ext.getNote()).doesNotContain("more paused");
    assertThat(ext.getNoteZh()).doesNotContain("另有");
  }

  @Test
  void a_pause_after_the_due_date_is_explained_on_the_extension_step() {
    DeadlineResult r = engine.compute(withPauses("2025-11-03", pause(PauseKind.THIRD_PARTY, "2025-12-02", "2025-12-03")));
    DeadlineStep ext = only(r, DeadlineRule.EXTENSION);
    assertThat(ext.getNote()).contains("(2 more paused working day(s) not counted)");
    assertThat(ext.getNoteZh()).contains("另有2个工作日");
    assertThat(count(r, DeadlineRule.PAUSE)).isZero();
  }

  // ---- single deadlines ----

  @Test
  void only_an_agency_consultation_reply_deadline_warns_that_silence_is_consent() {
    DeadlineStep agency = engine.consultationReplyDue(PauseKind.OTHER_AGENCY, d("2025-11-03")).getTrace().get(0);
    assertThat(agency.getLegalBasis().toNotation()).isEqualTo("OGI-2019:34");
    assertThat(agency.getNote()).contains("silence counts as consent");
    assertThat(agency.getNoteZh()).contains("视为同意公开");
    DeadlineStep thirdParty = engine.consultationReplyDue(PauseKind.THIRD_PARTY, d("2025-11-03")).getTrace().get(0);
    assertThat(thirdParty.getNote()).doesNotContain("consent");
    assertThat(thirdParty.getNoteZh()).doesNotContain("视为同意");
  }

  @Test
  void a_local_proactive_limit_is_named_as_a_policy_and_the_statutory_one_is_not() {
    assertThat(engine.proactivePublicationDue(d("2025-11-03")).getTrace().get(0).getPolicy()).isNull();
    DeadlineEngine local = engineWith(p -> p.proactiveWorkingDays(10));
    Deadline due = local.proactivePublicationDue(d("2025-11-03"));
    assertThat(due.getTrace().get(0).getPolicy()).isEqualTo("proactiveWorkingDays=10");
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-17"));
  }

  @Test
  void a_late_consultation_reply_is_capped_at_the_window_by_default() {
    // 15 working days after 2025-11-03 is 2025-11-24
    assertThat(engine.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2026-01-30"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2025-11-24")));
    DeadlineEngine uncapped = engineWith(p -> p.consultationCappedAtReplyWindow(false));
    assertThat(uncapped.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2026-01-30"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2026-01-30")));
  }

  // ---- receipt on a day off ----

  @Test
  void as_received_policy_explains_a_day_off_only_when_the_receipt_falls_on_one() {
    DeadlineEngine asReceived = engineWith(p -> p.restDayReceipt(RestDayReceipt.AS_RECEIVED));
    assertThat(count(asReceived.compute(DeadlineInput.received(d("2025-11-03"))), DeadlineRule.REST_DAY_RECEIPT))
        .isZero();
    DeadlineStep sunday = only(asReceived.compute(DeadlineInput.received(d("2025-11-02"))), DeadlineRule.REST_DAY_RECEIPT);
    assertThat(sunday.getPolicy()).isEqualTo("restDayReceipt=" + RestDayReceipt.AS_RECEIVED.getCode());
    assertThat(sunday.getEnd()).isEqualTo(d("2025-11-02"));
  }

  // ---- make-up working days ----

  @Test
  void a_make_up_working_day_counts_by_default_and_not_when_excluded() {
    assertThat(CAL.dayType(d("2025-10-11"))).isEqualTo(DayType.MAKEUP_WORKDAY);
    assertThat(engine.workingDaysBetween(d("2025-10-10"), d("2025-10-11"))).isEqualTo(1);
    assertThat(engine.workingDaysBetween(d("2025-11-02"), d("2025-11-03"))).isEqualTo(1);
    DeadlineEngine excluded = engineWith(p -> p.makeUpWorkdaysCounted(false));
    assertThat(excluded.workingDaysBetween(d("2025-10-10"), d("2025-10-11"))).isZero();
    assertThat(excluded.workingDaysBetween(d("2025-11-02"), d("2025-11-03"))).isEqualTo(1);
    assertThat(excluded.workingDaysBetween(d("2025-11-08"), d("2025-11-09"))).isZero();
  }

  // ---- limits of the policy and the input ----

  /** Builds with {@code lowest} and {@code highest}, reads them back, and refuses one beyond each. */
  private static <T> void assertLimits(int lowest, int highest, IntFunction<T> build, ToIntFunction<T> get) {
    for (int n : new int[] {lowest, highest}) {
      assertThat(get.applyAsInt(build.apply(n))).isEqualTo(n);
    }
    for (int n : new int[] {lowest - 1, highest + 1}) {
      assertThatThrownBy(() -> build.apply(n)).as("%d", n).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void policy_limits_accept_their_edges_and_reject_beyond() {
    assertLimits(1, 20, n -> DeadlinePolicy.builder().proactiveWorkingDays(n).build(),
        DeadlinePolicy::getProactiveWorkingDays);
    assertLimits(1, 365, n -> DeadlinePolicy.builder().feePaymentWorkingDays(n).build(),
        DeadlinePolicy::getFeePaymentWorkingDays);
  }

  @Test
  void input_extension_accepts_0_to_20() {
    assertLimits(0, 20, n -> DeadlineInput.builder().receiptDate(d("2025-11-03")).extensionWorkingDays(n).build(),
        DeadlineInput::getExtensionWorkingDays);
  }
}

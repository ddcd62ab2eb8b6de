package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation a deadline carries (which step, which policy setting, which words) and the
 * edges of the policy and input limits. Dates are on the official calendar: 2025-11-03 is a
 * Monday and 20 working days later is 2025-12-01; 2017-06-19 is a Monday under the 2008
 * Regulation, 15 working days later is 2017-07-10.
 */
class DeadlineExplanationsAndPolicyEdgesTest {
  private static final WorkingCalendar CAL = ChinaCalendars.official();
  private final DeadlineEngine engine = DeadlineEngine.of(CAL);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static DeadlineStep only(DeadlineResult r, DeadlineRule rule) {
    List<DeadlineStep> steps = r.getTrace().stream().filter(s -> s.getRule() == rule).toList();
    assertThat(steps).as(rule.toString()).hasSize(1);
    return steps.get(0);
  }

  private static long count(DeadlineResult r, DeadlineRule rule) {
    return r.getTrace().stream().filter(s -> s.getRule() == rule).count();
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
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .correctionNoticeDate(d("2025-11-05"))
                .correctedReceiptDate(d("2025-11-08"))
                .build());
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

  @Test
  void an_ignored_fee_notice_names_the_policy_switch_and_the_reason() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .addPauses(Pause.of(PauseKind.FEE_NOTICE, d("2025-11-04"), d("2025-11-05")))
                .build());
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(r.getExcludedPeriods()).isEmpty();
    DeadlineStep ignored = only(r, DeadlineRule.PAUSE_IGNORED);
    assertThat(ignored.getPolicy()).isEqualTo("feeNoticePausesClock=false");
    assertThat(ignored.getNote()).contains("a fee notice does not stop the clock");
    assertThat(ignored.getNoteZh()).contains("收费通知期间不停止计算");
  }

  @Test
  void an_ignored_agency_consultation_under_2008_names_the_policy_switch_and_article_24() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2017-06-19"))
                .addPauses(Pause.of(PauseKind.OTHER_AGENCY, d("2017-06-20"), d("2017-06-21")))
                .build());
    assertThat(r.getDueDate()).isEqualTo(d("2017-07-10"));
    DeadlineStep ignored = only(r, DeadlineRule.PAUSE_IGNORED);
    assertThat(ignored.getPolicy()).isEqualTo("agencyConsultationPausesUnder2008=false");
    assertThat(ignored.getNote()).contains("third-party consultation time only");
    assertThat(ignored.getNoteZh()).contains("第二十四条");
  }

  @Test
  void a_third_party_pause_under_2008_is_counted_and_names_no_policy_switch() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2017-06-19"))
                .addPauses(Pause.of(PauseKind.THIRD_PARTY, d("2017-06-20"), d("2017-06-21")))
                .build());
    assertThat(count(r, DeadlineRule.PAUSE_IGNORED)).isZero();
    assertThat(r.getDueDate()).isEqualTo(d("2017-07-12"));
  }

  @Test
  void pauses_given_out_of_order_are_merged_the_same() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .addPauses(Pause.of(PauseKind.OTHER_AGENCY, d("2025-11-10"), d("2025-11-14")))
                .addPauses(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-05"), d("2025-11-11")))
                .build());
    // union 2025-11-05..11-14 holds 8 working days
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-11"));
    assertThat(r.getExcludedPeriods())
        .containsExactly(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-05"), d("2025-11-14")));
  }

  @Test
  void a_pause_over_a_weekend_only_is_shown_but_excludes_no_working_day() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .addPauses(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-08"), d("2025-11-09")))
                .build());
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(only(r, DeadlineRule.PAUSE).getWorkingDays()).isZero();
  }

  // ---- reply period and extension ----

  @Test
  void the_reply_period_step_names_the_receipt_day_policy_only_when_it_is_on() {
    DeadlineInput in = DeadlineInput.received(d("2025-11-03"));
    assertThat(only(engine.compute(in), DeadlineRule.REPLY_PERIOD).getPolicy()).isNull();
    DeadlineEngine counted = DeadlineEngine.of(CAL, DeadlinePolicy.builder().receiptDayCounted(true).build());
    DeadlineResult r = counted.compute(in);
    assertThat(only(r, DeadlineRule.REPLY_PERIOD).getPolicy()).isEqualTo("receiptDayCounted=true");
    assertThat(r.getDueDate()).isEqualTo(d("2025-11-28"));
  }

  @Test
  void the_full_extension_is_allowed_under_each_regime() {
    DeadlineResult r2019 =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .extensionWorkingDays(20)
                .extensionApprovedOn(d("2025-11-20"))
                .build());
    assertThat(r2019.isExtensionGranted()).isTrue();
    assertThat(r2019.getEffectiveDueDate()).isEqualTo(r2019.getExtendedDueDate());
    assertThat(r2019.getExtendedDueDate()).isEqualTo(d("2025-12-29"));

    DeadlineResult r2008 =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2017-06-19"))
                .extensionWorkingDays(15)
                .extensionApprovedOn(d("2017-07-10"))
                .build());
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
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .extensionWorkingDays(5)
                .extensionApprovedOn(d("2025-12-01"))
                .build());
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
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .addPauses(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-05"), d("2025-11-11")))
                .build());
    DeadlineStep ext = only(r, DeadlineRule.EXTENSION);
    assertThat(ext.getNote()).doesNotContain("more paused");
    assertThat(ext.getNoteZh()).doesNotContain("另有");
  }

  @Test
  void a_pause_after_the_due_date_is_explained_on_the_extension_step() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder()
                .receiptDate(d("2025-11-03"))
                .addPauses(Pause.of(PauseKind.THIRD_PARTY, d("2025-12-02"), d("2025-12-03")))
                .build());
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
    DeadlineEngine local = DeadlineEngine.of(CAL, DeadlinePolicy.builder().proactiveWorkingDays(10).build());
    Deadline due = local.proactivePublicationDue(d("2025-11-03"));
    assertThat(due.getTrace().get(0).getPolicy()).isEqualTo("proactiveWorkingDays=10");
    assertThat(due.getDueDate()).isEqualTo(d("2025-11-17"));
  }

  @Test
  void a_late_consultation_reply_is_capped_at_the_window_by_default() {
    // 15 working days after 2025-11-03 is 2025-11-24
    assertThat(engine.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2026-01-30"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2025-11-24")));
    DeadlineEngine uncapped =
        DeadlineEngine.of(CAL, DeadlinePolicy.builder().consultationCappedAtReplyWindow(false).build());
    assertThat(uncapped.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2026-01-30"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2026-01-30")));
  }

  // ---- receipt on a day off ----

  @Test
  void as_received_policy_explains_a_day_off_only_when_the_receipt_falls_on_one() {
    DeadlineEngine asReceived =
        DeadlineEngine.of(CAL, DeadlinePolicy.builder().restDayReceipt(RestDayReceipt.AS_RECEIVED).build());
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
    DeadlineEngine excluded =
        DeadlineEngine.of(CAL, DeadlinePolicy.builder().makeUpWorkdaysCounted(false).build());
    assertThat(excluded.workingDaysBetween(d("2025-10-10"), d("2025-10-11"))).isZero();
    assertThat(excluded.workingDaysBetween(d("2025-11-02"), d("2025-11-03"))).isEqualTo(1);
    assertThat(excluded.workingDaysBetween(d("2025-11-08"), d("2025-11-09"))).isZero();
  }

  // ---- limits of the policy and the input ----

  @Test
  void policy_limits_accept_their_edges_and_reject_beyond() {
    assertThat(DeadlinePolicy.builder().proactiveWorkingDays(1).build().getProactiveWorkingDays()).isEqualTo(1);
    assertThat(DeadlinePolicy.builder().proactiveWorkingDays(20).build().getProactiveWorkingDays()).isEqualTo(20);
    assertThatThrownBy(() -> DeadlinePolicy.builder().proactiveWorkingDays(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlinePolicy.builder().proactiveWorkingDays(21).build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(DeadlinePolicy.builder().feePaymentWorkingDays(1).build().getFeePaymentWorkingDays()).isEqualTo(1);
    assertThat(DeadlinePolicy.builder().feePaymentWorkingDays(365).build().getFeePaymentWorkingDays()).isEqualTo(365);
    assertThatThrownBy(() -> DeadlinePolicy.builder().feePaymentWorkingDays(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlinePolicy.builder().feePaymentWorkingDays(366).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void input_extension_accepts_0_to_20() {
    assertThat(DeadlineInput.builder().receiptDate(d("2025-11-03")).extensionWorkingDays(20).build()
            .getExtensionWorkingDays())
        .isEqualTo(20);
    assertThatThrownBy(() -> DeadlineInput.builder().receiptDate(d("2025-11-03")).extensionWorkingDays(21).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlineInput.builder().receiptDate(d("2025-11-03")).extensionWorkingDays(-1).build())
        .isInstanceOf(InvalidValueException.class);
  }
}

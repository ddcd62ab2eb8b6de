package io.github.gongkai.rules.deadline;

import static io.github.gongkai.rules.deadline.DeadlineFixtures.CAL;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.corrected;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.d;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.engineWith;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.extended;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.pause;
import static io.github.gongkai.rules.deadline.DeadlineFixtures.withPauses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.CalendarCoverageException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.item.InformationItem;
import org.junit.jupiter.api.Test;

class DeadlineEngineTest {
  /** The first quarter of 2030 with one test holiday (Monday 01-14) and one make-up Saturday (01-19). */
  private static final WorkingCalendar FIRST_QUARTER_2030 =
      WorkingCalendar.builder()
          .coverage(d("2030-01-01"), d("2030-03-31"))
          .version("test/2030")
          .source("test fixture")
          .dayOff(d("2030-01-14"), "测试假日", "Test holiday")
          .makeupWorkday(d("2030-01-19"), "测试假日", "Test holiday")
          .build();

  private final DeadlineEngine engine = DeadlineEngine.of(CAL);

  @Test
  void published_example_email_on_sunday_2017_06_18_is_due_2017_07_10() {
    // a published example: e-mail received Sunday 2017-06-18, treated as received Monday 06-19;
    // decision posted 07-10 held in time under the 2008 15-working-day rule.
    DeadlineResult r = engine.compute(DeadlineInput.received(d("2017-06-18")));
    assertThat(r.getRegime()).isEqualTo(Regime.R2008);
    assertThat(r.getEffectiveReceiptDate()).isEqualTo(d("2017-06-19"));
    assertThat(r.getReplyWorkingDays()).isEqualTo(15);
    assertThat(r.getDueDate()).isEqualTo(d("2017-07-10"));
    assertThat(r.getCorrectionNoticeDue()).isNull();
    assertThat(r.getTrace())
        .extracting(DeadlineStep::getRule)
        .containsSubsequence(DeadlineRule.RECEIPT, DeadlineRule.REST_DAY_RECEIPT, DeadlineRule.REPLY_PERIOD);
    DeadlineStep reply =
        r.getTrace().stream().filter(s -> s.getRule() == DeadlineRule.REPLY_PERIOD).findFirst().orElseThrow();
    assertThat(reply.getLegalBasis().toNotation()).isEqualTo("OGI-2008:24");
    assertThat(reply.getWorkingDays()).isEqualTo(15);
    assertThat(reply.getStart()).isEqualTo(d("2017-06-19"));
    assertThat(reply.getNoteZh()).isEqualTo("2017-06-19之后的第15个工作日为2017-07-10");
    assertThat(reply.getNote(java.util.Locale.ENGLISH)).contains("15th").contains("2017-07-10");
    assertThat(reply.getCitation()).isEqualTo("《中华人民共和国政府信息公开条例》第二十四条");
    assertThat(r.getCalendarVersion()).isEqualTo(CAL.getVersion());
  }

  @Test
  void as_received_policy_counts_the_first_working_day_after_a_sunday_as_day_one() {
    DeadlineEngine asReceived = engineWith(p -> p.restDayReceipt(RestDayReceipt.AS_RECEIVED));
    assertThat(asReceived.compute(DeadlineInput.received(d("2017-06-18"))).getDueDate())
        .isEqualTo(d("2017-07-07"));
  }

  @Test
  void regime_2019_gives_20_plus_20_working_days() {
    DeadlineResult r = engine.compute(DeadlineInput.received(d("2025-11-03")));
    assertThat(r.getRegime()).isEqualTo(Regime.R2019);
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(r.getExtendedDueDate()).isEqualTo(d("2025-12-29"));
    assertThat(r.isExtensionGranted()).isFalse();
    assertThat(r.getEffectiveDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(r.getCorrectionNoticeDue()).isEqualTo(d("2025-11-12"));
  }

  @Test
  void regime_follows_receipt_date_unless_overridden() {
    assertThat(engine.compute(DeadlineInput.received(d("2019-05-14"))).getRegime()).isEqualTo(Regime.R2008);
    assertThat(engine.compute(DeadlineInput.received(d("2019-05-15"))).getRegime()).isEqualTo(Regime.R2019);
    DeadlineResult forced =
        engine.compute(DeadlineInput.builder().receiptDate(d("2019-05-14")).regime(Regime.R2019).build());
    assertThat(forced.getRegime()).isEqualTo(Regime.R2019);
    assertThat(forced.getReplyWorkingDays()).isEqualTo(20);
  }

  @Test
  void make_up_working_days_count_by_default_and_can_be_excluded() {
    // National Day 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are make-up working days.
    DeadlineResult r = engine.compute(DeadlineInput.received(d("2025-09-24")));
    assertThat(r.getDueDate()).isEqualTo(d("2025-10-28"));
    DeadlineEngine strict = engineWith(p -> p.makeUpWorkdaysCounted(false));
    assertThat(strict.compute(DeadlineInput.received(d("2025-09-24"))).getDueDate())
        .isEqualTo(d("2025-10-30"));
  }

  @Test
  void receipt_day_counted_policy_makes_it_day_one() {
    DeadlineEngine e = engineWith(p -> p.receiptDayCounted(true));
    assertThat(e.compute(DeadlineInput.received(d("2025-11-03"))).getDueDate()).isEqualTo(d("2025-11-28"));
  }

  @Test
  void correction_restarts_the_clock_from_the_corrected_request() {
    DeadlineResult r = engine.compute(corrected("2025-11-03", "2025-11-05", "2025-11-10"));
    assertThat(r.getClockStart()).isEqualTo(d("2025-11-10"));
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-08"));
    assertThat(r.getTrace()).extracting(DeadlineStep::getRule).contains(DeadlineRule.CORRECTION_RESTART);
  }

  @Test
  void under_2008_the_correction_restart_is_a_policy() {
    DeadlineInput in =
        DeadlineInput.builder().receiptDate(d("2017-06-19")).correctedReceiptDate(d("2017-06-26")).build();
    assertThat(engine.compute(in).getDueDate()).isEqualTo(d("2017-07-17"));
    assertThat(engine.compute(in).getTrace())
        .filteredOn(s -> s.getRule() == DeadlineRule.CORRECTION_RESTART)
        .singleElement()
        .satisfies(s -> assertThat(s.getLegalBasis().isInterpretation()).isTrue());
    DeadlineEngine noRestart = engineWith(p -> p.correctionRestartsUnder2008(false));
    assertThat(noRestart.compute(in).getDueDate()).isEqualTo(d("2017-07-10"));
    assertThat(noRestart.compute(in).getCorrectedReceiptDate()).isNull();
  }

  @Test
  void a_late_correction_notice_is_reported_in_the_trace() {
    DeadlineResult r =
        engine.compute(
            DeadlineInput.builder().receiptDate(d("2025-11-03")).correctionNoticeDate(d("2025-11-13")).build());
    assertThat(r.getTrace())
        .filteredOn(s -> s.getRule() == DeadlineRule.CORRECTION_NOTICE)
        .singleElement()
        .satisfies(s -> assertThat(s.getNote()).contains("late"));
    assertThat(r.isCorrectionNoticeLate()).isTrue();
    assertThat(
            engine
                .compute(DeadlineInput.builder().receiptDate(d("2025-11-03")).correctionNoticeDate(d("2025-11-12")).build())
                .isCorrectionNoticeLate())
        .isFalse();
  }

  @Test
  void overlapping_pauses_are_excluded_once_in_whatever_order_given() {
    Pause thirdParty = pause(PauseKind.THIRD_PARTY, "2025-11-05", "2025-11-11");
    Pause otherAgency = pause(PauseKind.OTHER_AGENCY, "2025-11-10", "2025-11-14");
    DeadlineResult r = engine.compute(withPauses("2025-11-03", thirdParty, otherAgency));
    // union 11-05..11-14 holds 8 working days: 12-01 + 8 working days
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-11"));
    assertThat(r.getExcludedPeriods()).hasSize(1);
    assertThat(r.getTrace())
        .filteredOn(s -> s.getRule() == DeadlineRule.PAUSE)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.getWorkingDays()).isEqualTo(8);
          assertThat(s.getLegalBasis().toNotation()).isEqualTo("OGI-2019:33.3");
        });
    DeadlineResult outOfOrder = engine.compute(withPauses("2025-11-03", otherAgency, thirdParty));
    assertThat(outOfOrder.getDueDate()).isEqualTo(d("2025-12-11"));
    assertThat(outOfOrder.getExcludedPeriods())
        .containsExactly(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-05"), d("2025-11-14")));
  }

  @Test
  void a_pause_after_the_due_date_changes_nothing_but_may_move_the_extended_date() {
    DeadlineResult r = engine.compute(withPauses("2025-11-03", pause(PauseKind.THIRD_PARTY, "2025-12-02", "2025-12-03")));
    assertThat(r.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(r.getExtendedDueDate()).isEqualTo(d("2025-12-31"));
  }

  @Test
  void other_agency_and_fee_pauses_follow_regime_and_policy() {
    DeadlineInput in2008 = withPauses("2017-06-19", pause(PauseKind.OTHER_AGENCY, "2017-06-20", "2017-06-21"));
    DeadlineResult r = engine.compute(in2008);
    assertThat(r.getDueDate()).isEqualTo(d("2017-07-10"));
    assertThat(r.getTrace()).extracting(DeadlineStep::getRule).contains(DeadlineRule.PAUSE_IGNORED);
    DeadlineEngine lenient = engineWith(p -> p.agencyConsultationPausesUnder2008(true));
    assertThat(lenient.compute(in2008).getDueDate()).isEqualTo(d("2017-07-12"));

    DeadlineInput fee = withPauses("2025-11-03", pause(PauseKind.FEE_NOTICE, "2025-11-04", "2025-11-05"));
    assertThat(engine.compute(fee).getDueDate()).isEqualTo(d("2025-12-01"));
    DeadlineEngine feePauses = engineWith(p -> p.feeNoticePausesClock(true));
    assertThat(feePauses.compute(fee).getDueDate()).isEqualTo(d("2025-12-03"));
  }

  @Test
  void granted_extension_and_art35_date_bind_the_agency() {
    DeadlineResult r = engine.compute(extended("2025-11-03", 5, "2025-11-28"));
    assertThat(r.getExtendedDueDate()).isEqualTo(d("2025-12-08"));
    assertThat(r.getEffectiveDueDate()).isEqualTo(d("2025-12-08"));
    DeadlineResult art35 =
        engine.compute(DeadlineInput.builder().receiptDate(d("2025-11-03")).art35DueDate(d("2026-02-27")).build());
    assertThat(art35.getEffectiveDueDate()).isEqualTo(d("2026-02-27"));
    assertThat(art35.getTrace()).extracting(DeadlineStep::getRule).contains(DeadlineRule.ART35_DATE);
  }

  @Test
  void rejects_impossible_extensions_and_art35_under_2008() {
    assertThatThrownBy(() -> engine.compute(extended("2025-11-03", 10, "2025-12-02")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("extensionApprovedOn")
        .hasMessageContaining("2025-12-01");
    assertThatThrownBy(
            () -> engine.compute(DeadlineInput.builder().receiptDate(d("2017-06-19")).extensionWorkingDays(16).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 15");
    assertThatThrownBy(
            () -> engine.compute(DeadlineInput.builder().receiptDate(d("2017-06-19")).art35DueDate(d("2017-09-01")).build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Art.35");
    assertThatThrownBy(() -> Pause.of(PauseKind.THIRD_PARTY, d("2025-11-05"), d("2025-11-04")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pause.end");
  }

  @Test
  void dates_outside_the_calendar_fail_loudly() {
    assertThatThrownBy(() -> engine.compute(DeadlineInput.received(d("2031-03-03"))))
        .isInstanceOf(CalendarCoverageException.class)
        .isInstanceOf(GongkaiException.class);
  }

  @Test
  void consultation_pauses_follow_the_span_and_window_policy() {
    assertThat(engine.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), null, Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2025-11-24")));
    assertThat(engine.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2025-11-06"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-04"), d("2025-11-06")));
    assertThat(engine.consultationPause(PauseKind.OTHER_AGENCY, d("2025-11-03"), d("2025-12-20"), Regime.R2019))
        .contains(Pause.of(PauseKind.OTHER_AGENCY, d("2025-11-04"), d("2025-11-24")));
    assertThat(engine.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2025-11-03"), Regime.R2019))
        .isEmpty();
    DeadlineEngine sendingDay = engineWith(p -> p.consultationSpan(ConsultationSpan.SENDING_DAY));
    assertThat(sendingDay.consultationPause(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2025-11-03"), Regime.R2019))
        .contains(Pause.of(PauseKind.THIRD_PARTY, d("2025-11-03"), d("2025-11-03")));
    assertThatThrownBy(() -> engine.consultationPause(PauseKind.THIRD_PARTY, d("2017-06-20"), null, Regime.R2008))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void single_deadlines_cite_their_articles() {
    assertThat(engine.consultationReplyDue(PauseKind.OTHER_AGENCY, d("2025-11-03")).getDueDate())
        .isEqualTo(d("2025-11-24"));
    assertThat(engine.consultationReplyDue(PauseKind.THIRD_PARTY, d("2025-11-03")).getTrace().get(0).getLegalBasis().toNotation())
        .isEqualTo("OGI-2019:32");
    assertThat(engine.feePaymentDue(d("2025-11-03")).getDueDate()).isEqualTo(d("2025-12-01"));
    Deadline proactive = engine.proactivePublicationDue(d("2025-11-03"));
    assertThat(proactive.getDueDate()).isEqualTo(d("2025-12-01"));
    assertThat(proactive.getTrace().get(0).getLegalBasis().toNotation()).isEqualTo("OGI-2019:26");
    InformationItem item =
        InformationItem.builder()
            .id("item-1")
            .title("某市2025年财政预算")
            .producingAgency("某市财政局")
            .formedOn(d("2025-10-09"))
            .changedOn(d("2025-11-03"))
            .build();
    assertThat(engine.proactivePublicationDue(item).getDueDate()).isEqualTo(d("2025-12-01"));
    DeadlineEngine local = engineWith(p -> p.proactiveWorkingDays(15));
    assertThat(local.proactivePublicationDue(d("2025-11-03")).getDueDate()).isEqualTo(d("2025-11-24"));
    assertThat(engine.correctionNoticeDue(d("2025-11-03"), Regime.R2019).orElseThrow().getDueDate())
        .isEqualTo(d("2025-11-12"));
    assertThat(engine.correctionNoticeDue(d("2017-06-19"), Regime.R2008)).isEmpty();
    assertThatThrownBy(() -> DeadlinePolicy.builder().proactiveWorkingDays(25).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("proactiveWorkingDays");
  }

  @Test
  void works_on_any_calendar_and_reports_its_version() {
    DeadlineResult r =
        DeadlineEngine.of(FIRST_QUARTER_2030)
            .compute(DeadlineInput.builder().receiptDate(d("2030-01-07")).regime(Regime.R2019).build());
    // 01-08..11 (4), 01-14 off, 15..18 (8), Sat 19 make-up (9), 21..25 (14), 28..31 (18), 02-01 (19), 02-04 (20)
    assertThat(r.getDueDate()).isEqualTo(d("2030-02-04"));
    assertThat(r.getExtendedDueDate()).isEqualTo(d("2030-03-04"));
    assertThat(r.getCalendarVersion()).isEqualTo("test/2030");
    assertThatThrownBy(
            () ->
                DeadlineEngine.of(FIRST_QUARTER_2030)
                    .compute(DeadlineInput.builder().receiptDate(d("2030-03-10")).regime(Regime.R2019).build()))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2030-03-31");
  }
}

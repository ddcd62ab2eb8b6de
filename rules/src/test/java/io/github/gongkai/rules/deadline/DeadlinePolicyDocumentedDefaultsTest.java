package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A policy built with nothing set has the defaults its documentation states. */
class DeadlinePolicyDocumentedDefaultsTest {
  /** One documented switch: its reader, its builder method and its default. */
  private record Switch(
      String name,
      Predicate<DeadlinePolicy> value,
      BiConsumer<DeadlinePolicy.Builder, Boolean> set,
      boolean byDefault) {}

  private static final List<Switch> SWITCHES = List.of(
      new Switch("makeUpWorkdaysCounted", DeadlinePolicy::isMakeUpWorkdaysCounted,
          DeadlinePolicy.Builder::makeUpWorkdaysCounted, true),
      new Switch("feeNoticePausesClock", DeadlinePolicy::isFeeNoticePausesClock,
          DeadlinePolicy.Builder::feeNoticePausesClock, false),
      new Switch("agencyConsultationPausesUnder2008", DeadlinePolicy::isAgencyConsultationPausesUnder2008,
          DeadlinePolicy.Builder::agencyConsultationPausesUnder2008, false),
      new Switch("correctionRestartsUnder2008", DeadlinePolicy::isCorrectionRestartsUnder2008,
          DeadlinePolicy.Builder::correctionRestartsUnder2008, true),
      new Switch("consultationCappedAtReplyWindow", DeadlinePolicy::isConsultationCappedAtReplyWindow,
          DeadlinePolicy.Builder::consultationCappedAtReplyWindow, true),
      new Switch("receiptDayCounted", DeadlinePolicy::isReceiptDayCounted,
          DeadlinePolicy.Builder::receiptDayCounted, false));

  @Test
  void unsetSwitchesTakeTheirDocumentedDefaults() {
    DeadlinePolicy p = DeadlinePolicy.builder().build();
    for (Switch s : SWITCHES) {
      assertThat(s.value().test(p)).as(s.name()).isEqualTo(s.byDefault());
    }
    assertThat(p).isEqualTo(DeadlinePolicy.defaults());
  }

  @Test
  void aSwitchSetAgainstItsDefaultIsKept() {
    for (Switch s : SWITCHES) {
      DeadlinePolicy.Builder b = DeadlinePolicy.builder();
      s.set().accept(b, !s.byDefault());
      DeadlinePolicy p = b.build();
      assertThat(s.value().test(p)).as(s.name()).isEqualTo(!s.byDefault());
      assertThat(p).as(s.name()).isNotEqualTo(DeadlinePolicy.defaults());
    }
  }
}

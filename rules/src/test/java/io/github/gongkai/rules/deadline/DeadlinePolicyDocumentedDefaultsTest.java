package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A policy built with nothing set has the defaults its documentation states. */
class DeadlinePolicyDocumentedDefaultsTest {

  @Test
  void unsetSwitchesTakeTheirDocumentedDefaults() {
    DeadlinePolicy p = DeadlinePolicy.builder().build();
    assertThat(p.isMakeUpWorkdaysCounted()).isTrue();
    assertThat(p.isFeeNoticePausesClock()).isFalse();
    assertThat(p.isAgencyConsultationPausesUnder2008()).isFalse();
    assertThat(p.isCorrectionRestartsUnder2008()).isTrue();
    assertThat(p.isConsultationCappedAtReplyWindow()).isTrue();
    assertThat(p.isReceiptDayCounted()).isFalse();
    assertThat(p).isEqualTo(DeadlinePolicy.defaults());
  }

  @Test
  void aSwitchSetAgainstItsDefaultIsKept() {
    DeadlinePolicy p = DeadlinePolicy.builder()
        .makeUpWorkdaysCounted(false)
        .feeNoticePausesClock(true)
        .agencyConsultationPausesUnder2008(true)
        .correctionRestartsUnder2008(false)
        .consultationCappedAtReplyWindow(false)
        .build();
    assertThat(p.isMakeUpWorkdaysCounted()).isFalse();
    assertThat(p.isFeeNoticePausesClock()).isTrue();
    assertThat(p.isAgencyConsultationPausesUnder2008()).isTrue();
    assertThat(p.isCorrectionRestartsUnder2008()).isFalse();
    assertThat(p.isConsultationCappedAtReplyWindow()).isFalse();
    assertThat(p).isNotEqualTo(DeadlinePolicy.defaults());
  }
}

package io.github.gongkai.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.request.Channel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceiptRulesTest {
  private static final LocalDate ARRIVED = LocalDate.of(2025, 11, 3);
  private static final LocalDate CONFIRMED = LocalDate.of(2025, 11, 4);

  @Test
  void in_person_and_signed_mail_are_received_on_arrival() {
    Receipt inPerson = ReceiptRules.establish(Channel.IN_PERSON, Regime.R2019, ARRIVED, null);
    assertThat(inPerson.getReceiptDate()).contains(ARRIVED);
    assertThat(inPerson.getLegalBasis().toNotation()).isEqualTo("OGI-2019:31(1)");
    Receipt mail = ReceiptRules.establish(Channel.MAIL, Regime.R2019, ARRIVED, CONFIRMED);
    assertThat(mail.getReceiptDate()).contains(ARRIVED);
    assertThat(mail.getLegalBasis().toNotation()).isEqualTo("OGI-2019:31(2)");
  }

  @Test
  void ordinary_letters_internet_and_fax_are_received_on_confirmation() {
    for (Channel c : new Channel[] {Channel.ORDINARY_LETTER, Channel.ONLINE_PLATFORM, Channel.EMAIL, Channel.FAX}) {
      Receipt pending = ReceiptRules.establish(c, Regime.R2019, ARRIVED, null);
      assertThat(pending.isAwaitingConfirmation()).as(c.getCode()).isTrue();
      assertThat(pending.getReceiptDate()).isEmpty();
      assertThat(ReceiptRules.establish(c, Regime.R2019, ARRIVED, CONFIRMED).getReceiptDate()).contains(CONFIRMED);
    }
    assertThat(ReceiptRules.establish(Channel.FAX, Regime.R2019, ARRIVED, null).getLegalBasis().toNotation())
        .isEqualTo("OGI-2019:31(3)");
    assertThat(ReceiptRules.establish(Channel.ORDINARY_LETTER, Regime.R2019, ARRIVED, null).getRuleZh())
        .contains("确认之日为收到申请之日");
  }

  @Test
  void under_the_2015_interpretation_email_counts_from_arrival() {
    Receipt email = ReceiptRules.establish(Channel.EMAIL, Regime.R2008, LocalDate.of(2017, 6, 18), null);
    assertThat(email.getReceiptDate()).contains(LocalDate.of(2017, 6, 18));
    assertThat(email.getLegalBasis().toChinese()).contains("207号");
    assertThat(ReceiptRules.establish(Channel.FAX, Regime.R2008, ARRIVED, null).isAwaitingConfirmation()).isTrue();
  }

  @Test
  void a_confirmation_before_arrival_is_rejected() {
    assertThatThrownBy(() -> ReceiptRules.establish(Channel.EMAIL, Regime.R2019, CONFIRMED, ARRIVED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("confirmedOn");
  }
}

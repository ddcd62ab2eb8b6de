package io.github.gongkai.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskIdentifiersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "channel: must be one of ... - but was: 13812345678 | channel: must be one of ... - but was: 138****5678",
        "id 11010519491231002X here | id 110***********002X here",
        "card 6222 0212 3456 7890 123. | card 622* **** **** ***0 123.",
        "passport E12345678 | passport E12**5678",
        "code 91350100M000100Y43 | code 913***********0Y43",
        // grouped and format-character-separated numbers
        "138 1234 5678 | 138 **** 5678",
        "138-1234-5678 | 138-****-5678",
        "138\u200b1234 5678 | 138\u200b**** 5678",
        // a malformed near-identifier (10 digits) is masked as well
        "1381234567 | 138***4567"
      })
  void masksIdentifiersInsideText(String text, String masked) {
    assertThat(Masking.maskIdentifiers(text)).isEqualTo(masked);
  }

  @Test
  void leavesDatesIdsAndSmallNumbersReadable() {
    String text = "JH-2023-0001 received 2024-02-30, due 2024-03-01 2024-03-05; 12 of 1234567 rows; TP-1";
    assertThat(Masking.maskIdentifiers(text)).isEqualTo(text);
  }

  @Test
  void exceptionMessagesAndValuesAreMasked() {
    InvalidValueException e = new InvalidValueException("--channel", "13812345678", "must be a channel");
    assertThat(e.getMessage()).doesNotContain("13812345678").contains("138****5678");
    assertThat(e.getValue()).isEqualTo("138****5678");
  }
}

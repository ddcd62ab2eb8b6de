package io.github.gongkai.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class MaskIdentifiersTest {

  @Test
  void masksIdentifiersInsideText() {
    assertThat(Masking.maskIdentifiers("channel: must be one of ... - but was: 13812345678"))
        .isEqualTo("channel: must be one of ... - but was: 138****5678");
    assertThat(Masking.maskIdentifiers("id 11010519491231002X here"))
        .isEqualTo("id 110***********002X here");
    assertThat(Masking.maskIdentifiers("card 6222 0212 3456 7890 123."))
        .isEqualTo("card 622* **** **** ***0 123.");
    assertThat(Masking.maskIdentifiers("passport E12345678")).isEqualTo("passport E12**5678");
    assertThat(Masking.maskIdentifiers("code 91350100M000100Y43")).isEqualTo("code 913***********0Y43");
  }

  @Test
  void masksGroupedAndFormatCharacterSeparatedNumbers() {
    assertThat(Masking.maskIdentifiers("138 1234 5678")).isEqualTo("138 **** 5678");
    assertThat(Masking.maskIdentifiers("138-1234-5678")).isEqualTo("138-****-5678");
    assertThat(Masking.maskIdentifiers("138\u200b1234 5678")).isEqualTo("138\u200b**** 5678");
    // a malformed near-identifier (10 digits) is masked as well
    assertThat(Masking.maskIdentifiers("1381234567")).isEqualTo("138***4567");
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

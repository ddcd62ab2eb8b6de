package io.github.gongkai.core.id;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.GongkaiGens;
import org.junit.jupiter.api.Test;

class SmallChecksTest {

  @Test
  void mobileNumbers() {
    assertThat(ChinaMobileNumbers.isValid("13812345678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("19912345678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("+8613812345678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("+86 138 1234 5678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("0086-138-1234-5678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("138-12345678")).isTrue();
    assertThat(ChinaMobileNumbers.isValid("12812345678")).as("12x").isFalse();
    assertThat(ChinaMobileNumbers.isValid("23812345678")).isFalse();
    assertThat(ChinaMobileNumbers.isValid("1381234567")).isFalse();
    assertThat(ChinaMobileNumbers.isValid("138123456789")).isFalse();
    assertThat(ChinaMobileNumbers.isValid("1381 234 5678")).as("grouping").isFalse();
    assertThat(ChinaMobileNumbers.isValid("138  1234 5678")).as("double separator").isFalse();
    assertThat(ChinaMobileNumbers.isValid("+85 13812345678")).isFalse();
    assertThat(ChinaMobileNumbers.isValid("13812345678 ")).isFalse();
    assertThat(ChinaMobileNumbers.isValid("电话13812345678。", 2, 13)).isTrue();
  }

  @Test
  void luhnPublishedExamples() {
    assertThat(Luhn.isValid("79927398713")).isTrue(); // ISO/IEC 7812 textbook example
    assertThat(Luhn.isValid("4111111111111111")).isTrue(); // widely published test card
    assertThat(Luhn.isValid("6222020200112233442")).isFalse();
    assertThat(Luhn.isValid("79927398710")).isFalse();
    assertThat(Luhn.isValid("7")).isFalse();
    assertThat(Luhn.isValid("7992739871a")).isFalse();
    assertThat(Luhn.checkDigit("7992739871")).isEqualTo('3');
    assertThatThrownBy(() -> Luhn.checkDigit("")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void luhnComputedDigitIsValidAndOthersAreNot() {
    qt().forAll(GongkaiGens.strings(GongkaiGens.charRange('0', '9'), 1, 30), integers().between(0, 9))
        .checkAssert(
            (payload, other) -> {
              char right = Luhn.checkDigit(payload);
              assertThat(Luhn.isValid(payload + right)).isTrue();
              if ('0' + other != right) {
                assertThat(Luhn.isValid(payload + (char) ('0' + other))).isFalse();
              }
            });
  }

  @Test
  void masking() {
    assertThat(Masking.mask("11010519491231002X")).isEqualTo("110***********002X");
    assertThat(Masking.mask("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.mask("1234567")).isEqualTo("*******");
    assertThat(Masking.mask("")).isEqualTo("");
    assertThat(Masking.mask("张三丰", 1, 0, '*')).isEqualTo("张**");
    // grouped numbers keep their separators; only letters and digits are counted and masked
    assertThat(Masking.maskSignificant("139 1234 5678", 3, 4, '*')).isEqualTo("139 **** 5678");
    assertThat(Masking.maskSignificant("6222 0212 3456 7890 128", 3, 4, '*'))
        .isEqualTo("622* **** **** ***0 128");
    assertThat(Masking.maskSignificant("0791-8888-6666", 3, 4, '*')).isEqualTo("079*-****-6666");
    assertThat(Masking.maskSignificant("1-2-3", 3, 4, '*')).isEqualTo("*-*-*");
    assertThat(Masking.mask("a\uD83D\uDE00bcd", 1, 1, '#')).isEqualTo("a###d");
    assertThatThrownBy(() -> Masking.mask("abc", -1, 0, '*')).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void maskingKeepsLengthAndHidesTheMiddle() {
    // any code points, supplementary ones included
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              String m = Masking.mask(s);
              assertThat(m.codePointCount(0, m.length())).isEqualTo(s.codePointCount(0, s.length()));
              if (s.codePointCount(0, s.length()) <= 7) {
                assertThat(m.chars().allMatch(c -> c == '*')).isTrue();
              }
            });
  }
}

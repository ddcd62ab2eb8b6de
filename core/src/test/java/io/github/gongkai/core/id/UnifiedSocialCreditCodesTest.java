package io.github.gongkai.core.id;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.GongkaiGens;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodesTest {

  @Test
  void standardExampleIsValid() {
    // GB 32100-2015 §4 example code
    assertThat(UnifiedSocialCreditCodes.isValid("91350100M000100Y43")).isTrue();
    assertThat(UnifiedSocialCreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void wrongCheckOrAlphabetIsInvalid() {
    assertThat(UnifiedSocialCreditCodes.isValid("91350100M000100Y44")).isFalse();
    assertThat(UnifiedSocialCreditCodes.isValid("91350100M000100Y4")).isFalse();
    assertThat(UnifiedSocialCreditCodes.isValid("91350100m000100Y43")).as("lower case").isFalse();
    assertThat(UnifiedSocialCreditCodes.isValid("91350100I000100Y43")).as("I not in alphabet").isFalse();
    assertThat(UnifiedSocialCreditCodes.isValid(withCheck("01350100M000100Y4"))).as("authority 0").isFalse();
  }

  @Test
  void registrationTypes() {
    assertThat(UnifiedSocialCreditCodes.isRegistrationType('9', '1')).isTrue();
    assertThat(UnifiedSocialCreditCodes.isRegistrationType('9', '9')).isFalse();
    assertThat(UnifiedSocialCreditCodes.isRegistrationType('0', '1')).isFalse();
    assertThat(UnifiedSocialCreditCodes.isRegistrationType('Y', '1')).isTrue();
    assertThat(UnifiedSocialCreditCodes.isValid(withCheck("99350100M000100Y4"))).isFalse();
  }

  @Test
  void everyRegistrationTypeIsAccepted() {
    String[][] expected = {
      {"1", "1239"}, {"2", "19"}, {"3", "123459"}, {"4", "19"}, {"5", "1239"}, {"6", "129"},
      {"7", "129"}, {"8", "19"}, {"9", "123"}, {"A", "19"}, {"N", "1239"}, {"Y", "1"},
    };
    assertThat(UnifiedSocialCreditCodes.registrationAuthorities()).hasSize(expected.length);
    for (String[] row : expected) {
      char a = row[0].charAt(0);
      assertThat(UnifiedSocialCreditCodes.registrationAuthorities()).containsKey(a);
      for (char t : UnifiedSocialCreditCodes.ALPHABET.toCharArray()) {
        boolean listed = row[1].indexOf(t) >= 0;
        assertThat(UnifiedSocialCreditCodes.isRegistrationType(a, t)).as("%s%s", a, t).isEqualTo(listed);
        if (listed) {
          assertThat(UnifiedSocialCreditCodes.isValid(withCheck("" + a + t + "110000MA0123456"))).isTrue();
        }
      }
    }
  }

  @Test
  void rangeOverloadAndErrors() {
    String text = "代码：91350100M000100Y43，";
    assertThat(UnifiedSocialCreditCodes.isValid(text, 3, 21)).isTrue();
    assertThatThrownBy(() -> UnifiedSocialCreditCodes.isValid(text, -1, 3))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> UnifiedSocialCreditCodes.checkCharacter("9135"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("first17:");
  }

  @Test
  void computedCheckCharacterIsValid() {
    qt().forAll(first17()).checkAssert(first17 -> assertThat(UnifiedSocialCreditCodes.isValid(withCheck(first17))).isTrue());
  }

  @Test
  void anyOtherCheckCharacterIsInvalid() {
    qt().forAll(first17(), alphabet())
        .assuming((first17, other) -> other != UnifiedSocialCreditCodes.checkCharacter(first17))
        .checkAssert((first17, other) -> assertThat(UnifiedSocialCreditCodes.isValid(first17 + other)).isFalse());
  }

  @Test
  void singleCharacterChangeIsDetected() {
    // positions 0 and 1 (authority and type) are checked by their own table, not only by the check character
    qt().forAll(first17(), alphabet(), integers().between(2, 17))
        .assuming((first17, other, pos) -> withCheck(first17).charAt(pos) != other)
        .checkAssert(
            (first17, other, pos) -> {
              char[] cs = withCheck(first17).toCharArray();
              cs[pos] = other;
              assertThat(UnifiedSocialCreditCodes.isValid(new String(cs))).isFalse();
            });
  }

  static Gen<Character> alphabet() {
    return GongkaiGens.chars(UnifiedSocialCreditCodes.ALPHABET);
  }

  static Gen<String> first17() {
    Gen<String> prefix = Generate.pick(List.of("11", "12", "51", "52", "53", "91", "92", "93", "Y1", "N2"));
    return prefix.zip(
        GongkaiGens.digits(6),
        GongkaiGens.strings(alphabet(), 9, 9),
        (p, r, b) -> p + r + b);
  }

  private static String withCheck(String first17) {
    return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
  }
}

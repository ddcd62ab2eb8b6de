package io.github.gongkai.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property
  void computedCheckCharacterIsValid(@ForAll("first17") String first17) {
    assertThat(UnifiedSocialCreditCodes.isValid(withCheck(first17))).isTrue();
  }

  @Property
  void anyOtherCheckCharacterIsInvalid(
      @ForAll("first17") String first17, @ForAll("alphabet") char other) {
    if (other != UnifiedSocialCreditCodes.checkCharacter(first17)) {
      assertThat(UnifiedSocialCreditCodes.isValid(first17 + other)).isFalse();
    }
  }

  @Property
  void singleCharacterChangeIsDetected(
      @ForAll("first17") String first17, @ForAll("alphabet") char other, @ForAll("position") int pos) {
    String code = withCheck(first17);
    char[] cs = code.toCharArray();
    if (cs[pos] != other && pos >= 2) {
      cs[pos] = other;
      assertThat(UnifiedSocialCreditCodes.isValid(new String(cs))).isFalse();
    }
  }

  @Provide
  Arbitrary<Integer> position() {
    return Arbitraries.integers().between(0, 17);
  }

  @Provide
  Arbitrary<Character> alphabet() {
    return Arbitraries.of(UnifiedSocialCreditCodes.ALPHABET.toCharArray()).map(c -> c);
  }

  @Provide
  Arbitrary<String> first17() {
    Arbitrary<String> prefix = Arbitraries.of("11", "12", "51", "52", "53", "91", "92", "93", "Y1", "N2");
    Arbitrary<String> region = Arbitraries.strings().withCharRange('0', '9').ofLength(6);
    Arbitrary<String> body =
        Arbitraries.strings().withChars(UnifiedSocialCreditCodes.ALPHABET.toCharArray()).ofLength(9);
    return Combinators.combine(prefix, region, body).as((p, r, b) -> p + r + b);
  }

  private static String withCheck(String first17) {
    return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
  }
}

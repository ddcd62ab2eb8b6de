package io.github.gongkai.core.id;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Map;
import io.github.gongkai.core.GongkaiGens;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

class ResidentIdNumbersTest {
  private static final LocalDate REF = LocalDate.of(2026, 1, 1);

  @Test
  void standardExampleIsValid() {
    // GB 11643-1999 annex example: 北京市朝阳区, born 1949-12-31, check character X
    assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue();
    assertThat(ResidentIdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdNumbers.isValid("11010519491231002x")).as("lower-case x").isTrue();
    assertThat(ResidentIdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void standardExampleBornIn1880HasRightCheckButIsBeforeTheFloor() {
    // GB 11643-1999 example 440524188001010014: check digit is right, birth year 1880 < 1900 floor
    assertThat(ResidentIdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(ResidentIdNumbers.isValid("440524188001010014")).isFalse();
  }

  @Test
  void wrongCheckCharacterIsInvalid() {
    for (char c : "0123456789".toCharArray()) {
      assertThat(ResidentIdNumbers.isValid("1101051949123100" + "2" + c)).isFalse();
    }
  }

  @Test
  void birthDateRules() {
    assertThat(ResidentIdNumbers.isValid(withCheck("11010520000229001"), REF)).as("leap day").isTrue();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010519000229001"), REF)).as("1900 not leap").isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010519491301001"), REF)).as("month 13").isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010519490431001"), REF)).as("April 31").isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010519000101001"), REF)).as("floor").isTrue();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010518991231001"), REF)).isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010520260101001"), REF)).as("reference day").isTrue();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010520260102001"), REF)).as("future").isFalse();
    // no reference date: gongkai reads no clock of its own, so a future birth date is a real date
    assertThat(ResidentIdNumbers.isValid(withCheck("11010530000101001"))).as("far future, no reference").isTrue();
    assertThat(ResidentIdNumbers.isValid(withCheck("11010530000101001"), REF)).as("far future").isFalse();
  }

  @Test
  void provinceCodes() {
    assertThat(ResidentIdNumbers.isValid(withCheck("10010519491231002"))).isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("99010519491231002"))).isFalse();
    assertThat(ResidentIdNumbers.isValid(withCheck("84000019491231002"))).isFalse();
    assertThat(ResidentIdNumbers.provinceCodes()).hasSize(35).containsEntry("83", "台湾居民（港澳台居民居住证）");
  }

  @Test
  void everyProvinceCodeIsAccepted() {
    Map<String, String> codes = ResidentIdNumbers.provinceCodes();
    for (String code : codes.keySet()) {
      assertThat(ResidentIdNumbers.isValid(withCheck(code + "010519800101123"), REF)).as(code).isTrue();
      assertThat(ResidentIdNumbers.isValidLegacy15(code + "0105800101123")).as(code).isTrue();
    }
    assertThat(codes.keySet())
        .containsExactly(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
            "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
  }

  @Test
  void layoutIgnoresTheCheckCharacter() {
    assertThat(ResidentIdNumbers.hasValidLayout("11010519491231002X", 0, 18, REF)).isTrue();
    assertThat(ResidentIdNumbers.hasValidLayout("110105194912310025", 0, 18, REF)).isTrue();
    assertThat(ResidentIdNumbers.hasValidLayout("11010519491231002Y", 0, 18, REF)).isTrue();
    assertThat(ResidentIdNumbers.hasValidLayout("110105194913310025", 0, 18, REF)).isFalse();
    assertThat(ResidentIdNumbers.hasValidLayout("910105194912310025", 0, 18, REF)).isFalse();
    assertThat(ResidentIdNumbers.hasValidLayout("1101051949123100", 0, 16, REF)).isFalse();
  }

  @Test
  void legacy15() {
    // the 15-digit form of the GB 11643 example (birth 491231 → 1949-12-31)
    assertThat(ResidentIdNumbers.isValidLegacy15("110105491231002")).isTrue();
    assertThat(ResidentIdNumbers.birthDate("110105491231002")).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(ResidentIdNumbers.isValidLegacy15("110105491331002")).isFalse();
    assertThat(ResidentIdNumbers.isValidLegacy15("990105491231002")).isFalse();
    assertThat(ResidentIdNumbers.isValidLegacy15("11010549123100")).isFalse();
    assertThat(ResidentIdNumbers.isValidLegacy15("11010549123100A")).isFalse();
    assertThat(ResidentIdNumbers.isValid("110105491231002")).isFalse();
  }

  @Test
  void rangeOverloads() {
    String text = "号码11010519491231002X。";
    assertThat(ResidentIdNumbers.isValid(text, 2, 20)).isTrue();
    assertThat(ResidentIdNumbers.isValid(text, 2, 20, REF)).isTrue();
    assertThat(ResidentIdNumbers.isValid(text, 1, 19)).isFalse();
    assertThat(ResidentIdNumbers.checkCharacter(text, 2, 19)).isEqualTo('X');
    assertThatThrownBy(() -> ResidentIdNumbers.isValid(text, 2, 99))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("id:");
  }

  @Test
  void rejectsBadArgumentsWithNamedErrors() {
    assertThatThrownBy(() -> ResidentIdNumbers.checkCharacter("1101051949"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("first17: must be 17 digits - but was: 110***1949");
    assertThatThrownBy(() -> ResidentIdNumbers.birthDate("11010519491231002Y"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("11010519491231002");
  }

  @Test
  void computedCheckCharacterIsValid() {
    qt().forAll(first17())
        .checkAssert(
            first17 -> {
              String id = first17 + ResidentIdNumbers.checkCharacter(first17);
              assertThat(ResidentIdNumbers.isValid(id, REF)).isTrue();
              assertThat(ResidentIdNumbers.isValid("a" + id + "b", 1, 19, REF)).isTrue();
            });
  }

  @Test
  void anyOtherCheckCharacterIsInvalid() {
    qt().forAll(first17(), checkChars())
        .assuming((first17, other) -> Character.toUpperCase(other) != ResidentIdNumbers.checkCharacter(first17))
        .checkAssert((first17, other) -> assertThat(ResidentIdNumbers.isValid(first17 + other, REF)).isFalse());
  }

  @Test
  void anySeventeenDigitsHaveACheckCharacter() {
    qt().forAll(GongkaiGens.digits(17))
        .checkAssert(digits -> assertThat("0123456789X".indexOf(ResidentIdNumbers.checkCharacter(digits))).isNotNegative());
  }

  static Gen<Character> checkChars() {
    return Generate.pick(List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x'));
  }

  /** Province + 4 region digits + valid date 1900..2025 + 3 sequence digits. */
  static Gen<String> first17() {
    Gen<String> province = Generate.pick(List.copyOf(ResidentIdNumbers.provinceCodes().keySet()));
    Gen<LocalDate> birth =
        integers()
            .between(0, (int) (LocalDate.of(2025, 12, 31).toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay()))
            .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    return province.zip(
        GongkaiGens.digits(4),
        birth,
        GongkaiGens.digits(3),
        (p, r, b, s) ->
            p + r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s);
  }

  private static String withCheck(String first17) {
    return first17 + ResidentIdNumbers.checkCharacter(first17);
  }
}

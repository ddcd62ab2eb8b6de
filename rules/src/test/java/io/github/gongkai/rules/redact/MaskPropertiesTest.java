package io.github.gongkai.rules.redact;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.gongkai.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Masks: codes round-trip, bounds are enforced by name, and each kind hides what it says. */
class MaskPropertiesTest {

  static Gen<Mask> masks() {
    Gen<Mask> keep = integers().between(0, 8).zip(integers().between(0, 8), Mask::keep);
    Gen<Mask> fixed = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 6).map(Mask::fixed);
    return keep.mix(fixed, 40).mix(integers().all().map(i -> Mask.full()), 20);
  }

  @Test
  void codes_round_trip_and_equal_masks_have_equal_codes() {
    qt().forAll(masks(), masks())
        .checkAssert(
            (a, b) -> {
              Mask parsed = Mask.parse(a.getCode());
              assertThat(parsed).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(parsed.getKind()).isEqualTo(a.getKind());
              assertThat(a.toString()).isEqualTo("Mask{" + a.getCode() + "}");
              assertThat(a.equals(b)).isEqualTo(a.getCode().equals(b.getCode()));
              assertThat(a.equals(a.getCode())).isFalse();
            });
  }

  @Test
  void keep_bounds_name_the_parameter() {
    Gen<Integer> outside = integers().between(-100, -1).mix(integers().between(9, 100));
    qt().forAll(outside, integers().between(0, 8))
        .checkAssert(
            (bad, good) -> {
              InvalidValueException first = catchThrowableOfType(InvalidValueException.class, () -> Mask.keep(bad, good));
              assertThat(first.getField()).isEqualTo("first");
              assertThat(first.getValue()).isEqualTo(Integer.toString(bad));
              InvalidValueException last = catchThrowableOfType(InvalidValueException.class, () -> Mask.keep(good, bad));
              assertThat(last.getField()).isEqualTo("last");
              assertThat(last.getValue()).isEqualTo(Integer.toString(bad));
            });
  }

  @Test
  void unknown_codes_are_rejected_naming_the_mask() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 10))
        .assuming(s -> !s.equals("full") && !s.startsWith("fixed:") && !s.matches("keep-\\d-\\d"))
        .checkAssert(
            s -> {
              InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Mask.parse(s));
              assertThat(e.getField()).isEqualTo("mask");
              assertThat(e.getValue()).isEqualTo(s);
            });
  }

  @Test
  void full_hides_every_character_and_keeps_the_length() {
    // one mask character per code point: a surrogate pair is one character of text
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30))
        .checkAssert(s -> assertThat(Mask.full().apply(s)).isEqualTo("*".repeat(s.codePointCount(0, s.length()))));
  }

  @Test
  void keep_shows_only_the_first_and_last_letters_or_digits_of_long_values() {
    // digits and separators: the letters and digits are counted, separators stay in place
    Gen<String> grouped = strings().numericBetween(0, 999_999_999).zip(integers().between(0, 3), (d, g) -> g == 0 ? d : d.replaceAll("(\\d{3})(?=\\d)", "$1 "));
    qt().forAll(grouped, integers().between(0, 8), integers().between(0, 8))
        .checkAssert(
            (s, first, last) -> {
              String m = Mask.keep(first, last).apply(s);
              assertThat(m).hasSameSizeAs(s);
              String digits = s.replace(" ", "");
              String shown = m.replace(" ", "");
              for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ') {
                  assertThat(m.charAt(i)).isEqualTo(' ');
                }
              }
              int n = digits.length();
              if (first + last >= n) {
                // too short to show anything: every letter or digit is hidden
                assertThat(shown).isEqualTo("*".repeat(n));
              } else {
                assertThat(shown).isEqualTo(digits.substring(0, first) + "*".repeat(n - first - last) + digits.substring(n - last));
              }
            });
  }

  @Test
  void fixed_replaces_the_whole_value() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 6), strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30))
        .checkAssert((replacement, s) -> assertThat(Mask.fixed(replacement).apply(s)).isEqualTo(replacement));
  }
}

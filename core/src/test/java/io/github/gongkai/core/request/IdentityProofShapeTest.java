package io.github.gongkai.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The resident-id shape check gives the answer of the regular expression it replaces. */
class IdentityProofShapeTest {
  private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]|\\d{15}");
  /** Digits, the check letter in both cases, other letters, a blank and non-ASCII digits. */
  private static final String ALPHABET = "0123456789Xx A/\u0663\uff11";

  @Test
  void residentIdShapeMatchesTheRegularExpression() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(13, 20),
            integers().between(0, 3))
        .checkAssert((picks, bias) -> {
          StringBuilder sb = new StringBuilder();
          for (int p : picks) {
            // mostly digits, so that the 15- and 18-character shapes come up often
            sb.append(bias > 0 && p > 11 ? (char) ('0' + p % 10) : ALPHABET.charAt(p));
          }
          String n = sb.toString();
          assertThat(IdentityProof.isResidentIdShape(n)).as(n).isEqualTo(SHAPE.matcher(n).matches());
        });
  }

  @Test
  void theShapesAcceptedAndRefused() {
    assertThat(IdentityProof.isResidentIdShape("11010519491231002X")).isTrue();
    assertThat(IdentityProof.isResidentIdShape("110105194912310021")).isTrue();
    assertThat(IdentityProof.isResidentIdShape("110105491231002")).isTrue();
    assertThat(IdentityProof.isResidentIdShape("11010519491231002x")).isFalse();
    assertThat(IdentityProof.isResidentIdShape("11010549123100X")).isFalse();
    assertThat(IdentityProof.isResidentIdShape("1101051949123100\u0663X")).isFalse();
    assertThat(IdentityProof.isResidentIdShape("1101051949123100")).isFalse();
  }
}

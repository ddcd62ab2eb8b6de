package io.github.gongkai.core.validation;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.GongkaiGens;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The constraints are not stricter than the model: arbitrary valid objects pass a plain validator. */
class ValidationPropertiesTest {
  private static final Validator PLAIN = ModelValidationTest.inLocale(Locale.ENGLISH);

  @Test
  void valid_requests_have_no_violations() {
    qt().forAll(GongkaiGens.requests()).checkAssert(r -> assertThat(PLAIN.validate(r)).isEmpty());
  }

  @Test
  void valid_items_have_no_violations() {
    qt().forAll(GongkaiGens.items()).checkAssert(item -> assertThat(PLAIN.validate(item)).isEmpty());
  }

  @Test
  void valid_cases_have_no_violations() {
    qt().forAll(GongkaiGens.reviewCases(), GongkaiGens.litigationCases())
        .checkAssert(
            (review, suit) -> {
              assertThat(PLAIN.validate(review)).isEmpty();
              assertThat(PLAIN.validate(suit)).isEmpty();
            });
  }

  record IdForm(@ResidentIdNumber String id, @UnifiedSocialCreditCode String code) {}

  @Test
  void generated_identifiers_pass_and_a_changed_check_character_fails() {
    qt().forAll(GongkaiGens.residentIdNumbers(), GongkaiGens.unifiedSocialCreditCodes())
        .checkAssert(
            (id, code) -> {
              assertThat(PLAIN.validate(new IdForm(id, code))).isEmpty();
              String badId = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
              String badCode = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
              assertThat(PLAIN.validate(new IdForm(badId, badCode))).hasSize(2);
            });
  }
}

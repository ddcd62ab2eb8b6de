package io.github.gongkai.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reusable constraints on a user's own form, under a plain validator, in both languages. */
class ReusableConstraintsTest {

  /** A user's own form bean. */
  static final class Form {
    @ResidentIdNumber String id;
    @ResidentIdNumber(allowLegacy15 = true) String oldOrNewId;
    @UnifiedSocialCreditCode String creditCode;
    @ChinaMobileNumber String mobile;
    List<@ChinaMobileNumber String> otherMobiles = List.of();

    Form(String id, String oldOrNewId, String creditCode, String mobile) {
      this.id = id;
      this.oldOrNewId = oldOrNewId;
      this.creditCode = creditCode;
      this.mobile = mobile;
    }
  }

  private static Set<ConstraintViolation<Form>> validate(Locale locale, Form f) {
    Validator v = ModelValidationTest.inLocale(locale);
    return v.validate(f);
  }

  @Test
  void valid_values_and_null_pass() {
    Form ok = new Form("11010519491231002X", "110105491231002", "91350100M000100Y43", "+86 138-1234-5678");
    assertThat(validate(Locale.ENGLISH, ok)).isEmpty();
    assertThat(validate(Locale.ENGLISH, new Form(null, null, null, null))).isEmpty();
  }

  static Stream<Arguments> invalidForms() {
    Form english = new Form("110105194912310021", "110105491231002", "91350100M000100Y44", "12812345678");
    english.otherMobiles = List.of("13812345678", "1381234567");
    return Stream.of(
        Arguments.of(
            Locale.ENGLISH,
            english,
            List.of(
                "id: is not a valid resident identity number (GB 11643)",
                "creditCode: is not a valid unified social credit code (GB 32100)",
                "mobile: is not a valid mainland China mobile number",
                "otherMobiles[1].<list element>: is not a valid mainland China mobile number")),
        Arguments.of(
            Locale.SIMPLIFIED_CHINESE,
            new Form("110105491231002", "11010519491231002Y", "9135010", "138 1234 567"),
            List.of(
                "id: 不是有效的居民身份证号码（GB 11643）",
                "oldOrNewId: 不是有效的居民身份证号码（GB 11643）",
                "creditCode: 不是有效的统一社会信用代码（GB 32100）",
                "mobile: 不是有效的中国大陆手机号码")));
  }

  @ParameterizedTest
  @MethodSource("invalidForms")
  void invalid_values_fail_with_messages_in_the_locale(Locale locale, Form bad, List<String> messages) {
    assertThat(validate(locale, bad))
        .extracting(cv -> cv.getPropertyPath() + ": " + cv.getMessage())
        .containsExactlyInAnyOrderElementsOf(messages);
  }

  @Test
  void messages_do_not_echo_the_value() {
    Form bad = new Form("110105194912310021", null, null, null);
    for (ConstraintViolation<Form> cv : validate(Locale.ENGLISH, bad)) {
      assertThat(cv.getMessage()).doesNotContain("110105194912310021");
    }
  }

  @Test
  void a_future_birth_date_is_judged_by_the_providers_clock() {
    // born 2026-01-02; invalid while the validator's clock says 2026-01-01, valid a day later
    String id = "110105202601020014";
    Form f = new Form(id, null, null, null);
    assertThat(io.github.gongkai.core.id.ResidentIdNumbers.isValid(id, java.time.LocalDate.of(2026, 1, 2)))
        .as("fixture is a valid number born 2026-01-02").isTrue();
    assertThat(validatorAt("2026-01-01T12:00:00+08:00").validate(f)).hasSize(1);
    assertThat(validatorAt("2026-01-02T12:00:00+08:00").validate(f)).isEmpty();
  }

  private static Validator validatorAt(String instant) {
    java.time.Clock clock = java.time.Clock.fixed(
        java.time.OffsetDateTime.parse(instant).toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
    return jakarta.validation.Validation.byDefaultProvider().configure()
        .clockProvider(() -> clock)
        .buildValidatorFactory().getValidator();
  }
}

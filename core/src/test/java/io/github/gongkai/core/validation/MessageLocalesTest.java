package io.github.gongkai.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gongkai's messages under a real Hibernate Validator, in every locale, next to an application's
 * own {@code ValidationMessages.properties} (in the test resources) that must not hide them.
 */
class MessageLocalesTest {
  private static final String EN = "is not a valid mainland China mobile number";
  private static final String ZH = "不是有效的中国大陆手机号码";
  private final Locale defaultLocale = Locale.getDefault();

  /** An application's form: one gongkai constraint, one of the application's own. */
  static final class Form {
    @ChinaMobileNumber String mobile = "12812345678";

    @NotNull(message = "{app.form.note.NotNull}")
    String note;
  }

  @AfterEach
  void restore() {
    Locale.setDefault(defaultLocale);
  }

  private static String messages(Locale locale) {
    return ModelValidationTest.inLocale(locale).validate(new Form()).stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-HK", "zh-Hans-CN", "zh-SG"})
  void chinese_for_every_chinese_locale(String tag) {
    Locale.setDefault(Locale.US);
    assertThat(messages(Locale.forLanguageTag(tag)))
        .isEqualTo("the note is required (the application's own message) | " + ZH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "en-GB", "fr-FR"})
  void english_otherwise_even_on_a_chinese_default_locale(String tag) {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    String m = messages(Locale.forLanguageTag(tag));
    assertThat(m).contains("the application's own message");
    if (tag.startsWith("en")) {
      assertThat(m).contains(EN).doesNotContain(ZH);
    }
  }

  @Test
  void the_library_ships_no_validation_messages_bundle_of_its_own() {
    // only the test resources' (the application's) bundle may be found under that name
    assertThat(getClass().getClassLoader().resources("ValidationMessages.properties").count()).isEqualTo(1);
    assertThat(getClass().getResource("/ValidationMessages_zh_CN.properties")).isNull();
  }
}

package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A configured keyword category: a keyword must be 1 to 32 characters and must not start with a
 * character that would make it match inside identifiers, numbers or e-mail addresses (a space, an
 * ASCII letter or digit, {@code +}, {@code (} or {@code @}, also in their full-width forms).
 */
class SensitiveCategoryTest {

  private static SensitiveCategory category(String keyword) {
    return SensitiveCategory.of("health", "健康状况", "health", null, List.of(keyword));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0病", "9病", "a病", "z病", "A病", "Z病", "+病", "(病", "@病", " 病", "ａ病", "０病", "　病"})
  void a_keyword_starting_like_an_identifier_or_address_is_refused(String keyword) {
    assertThatThrownBy(() -> category(keyword))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not start with");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/病", ":病", "`病", "{病", "[病", "病历", "艾滋病"})
  void a_keyword_starting_next_to_those_ranges_is_accepted(String keyword) {
    assertThat(category(keyword).getKeywords()).containsExactly(keyword);
  }

  @Test
  void a_keyword_has_one_to_thirty_two_characters() {
    String longest = "病".repeat(SensitiveCategory.MAX_KEYWORD_LENGTH);
    assertThat(category(longest).getKeywords()).containsExactly(longest);
    assertThatThrownBy(() -> category(longest + "病"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("1..32");
    assertThatThrownBy(() -> category(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("1..32");
  }

  @Test
  void both_labels_must_have_text() {
    assertThatThrownBy(() -> SensitiveCategory.of("health", " ", "health", null, List.of("病历")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("labelZh");
    assertThatThrownBy(() -> SensitiveCategory.of("health", "健康状况", "", null, List.of("病历")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("labelEn");
  }
}

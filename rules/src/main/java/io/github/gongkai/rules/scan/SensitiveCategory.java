package io.github.gongkai.rules.scan;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A category of sensitive personal information and the keywords that reveal it, e.g. {@code
 * religion} (宗教信仰) with 宗教信仰、信教、基督教…. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class SensitiveCategory {
  /** Longest accepted keyword, in chars. */
  public static final int MAX_KEYWORD_LENGTH = 32;

  SensitiveCategory() {}

  /**
   * Creates a category.
   *
   * @param code stable code, lower-case letters, digits and hyphens; not null
   * @param labelZh Chinese label; not blank
   * @param labelEn English label; not blank
   * @param basis the provision that makes it sensitive, or null if none
   * @param keywords one or more keywords, each 1..{@value #MAX_KEYWORD_LENGTH} chars, starting
   *     with a character that is not a letter, digit, {@code +}, {@code (} or {@code @} (ASCII or
   *     full-width)
   * @return the category
   * @throws InvalidValueException if an argument breaks its rule
   */
  public static SensitiveCategory of(
      String code,
      String labelZh,
      String labelEn,
      @Nullable LegalBasis basis,
      List<String> keywords) {
    InvalidValueException.requireNonNull(code, "code");
    if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new InvalidValueException("code", code, "must be lower-case kebab case");
    }
    requireText(labelZh, "labelZh");
    requireText(labelEn, "labelEn");
    InvalidValueException.requireNonNull(keywords, "keywords");
    if (keywords.isEmpty()) {
      throw new InvalidValueException("keywords", "[]", "must not be empty");
    }
    for (String k : keywords) {
      checkKeyword(k, "keywords");
    }
    return ImmutableSensitiveCategory.builder()
        .code(code)
        .labelZh(labelZh)
        .labelEn(labelEn)
        .basis(basis)
        .keywords(keywords)
        .build();
  }

  static void checkKeyword(@Nullable String keyword, String field) {
    String k = InvalidValueException.requireNonNull(keyword, field);
    if (k.isEmpty() || k.length() > MAX_KEYWORD_LENGTH) {
      throw new InvalidValueException(field, k, "must have 1.." + MAX_KEYWORD_LENGTH + " chars");
    }
    char c = ScanRun.fold(k.charAt(0));
    if (Character.isWhitespace(c)
        || c >= '0' && c <= '9'
        || c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c == '+'
        || c == '('
        || c == '@') {
      throw new InvalidValueException(
          field, k, "must not start with a space, letter, digit, '+', '(' or '@'");
    }
  }

  private static void requireText(@Nullable String text, String field) {
    String s = InvalidValueException.requireNonNull(text, field);
    if (s.isBlank()) {
      throw new InvalidValueException(field, s, "must not be blank");
    }
  }

  /**
   * Stable code, e.g. {@code religion}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * Chinese label, e.g. 宗教信仰.
   *
   * @return the label
   */
  public abstract String getLabelZh();

  /**
   * English label.
   *
   * @return the label
   */
  public abstract String getLabelEn();

  /**
   * The provision that makes this information sensitive (e.g. 个人信息保护法 Art.28), if any.
   *
   * @return the basis, or null
   */
  public abstract @Nullable LegalBasis getBasis();

  /**
   * The keywords.
   *
   * @return the keywords, unmodifiable
   */
  public abstract List<String> getKeywords();

  @Override
  public String toString() {
    return "SensitiveCategory{" + getCode() + " " + getLabelZh() + " " + getKeywords() + "}";
  }
}

package io.github.gongkai.core;

import java.util.Locale;

/**
 * A constant with a stable code and a label in Chinese and English: every gongkai enum that appears
 * in documents, on the command line or in reports.
 *
 * <p>The code is what JSON and the command line carry (lower kebab case, e.g. {@code
 * "online-platform"}); it never changes once released. Looking a constant up by its code follows one
 * rule for every such enum: the code must match exactly; anything else is refused with an {@link
 * InvalidValueException} listing the valid codes and, for a near miss such as {@code
 * "ONLINE_PLATFORM"}, the code that was probably meant. Labels come from the module's label bundle
 * ({@code i18n/labels.properties}, {@code labels_zh.properties}): Chinese for every {@code zh}
 * locale ({@code zh}, {@code zh_CN}, {@code zh_TW}, {@code zh_HK}), English otherwise.
 */
public interface Coded {
  /**
   * The stable code used in JSON and on the command line.
   *
   * @return the code, never blank
   */
  String getCode();

  /**
   * The label in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  String getLabel(Locale locale);

  /**
   * The Chinese label.
   *
   * @return the label
   */
  default String getLabelZh() {
    return getLabel(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The English label.
   *
   * @return the label
   */
  default String getLabelEn() {
    return getLabel(Locale.ENGLISH);
  }
}

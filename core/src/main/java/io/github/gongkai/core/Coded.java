package io.github.gongkai.core;

import io.github.gongkai.core.internal.Texts;
import java.util.Locale;

/**
 * A constant with a stable code and a label in Chinese and English: every gongkai enum that appears
 * in documents, on the command line or in reports.
 *
 * <p>The code is what JSON and the command line carry (lower kebab case, e.g. {@code
 * "online-platform"}); it never changes once released. Looking a constant up by its code follows one
 * rule for every such enum: the code must match exactly; anything else is refused with an {@link
 * InvalidValueException} listing the valid codes and, for a near miss such as {@code
 * "ONLINE_PLATFORM"}, the code that was probably meant.
 *
 * <p>Labels come from the label bundle of the module that declares the enum — for an enum in {@code
 * io.github.gongkai.rules.scan}, the resources {@code /io/github/gongkai/rules/i18n/labels.properties}
 * (English) and {@code labels_zh.properties} (Chinese), key {@code SimpleName.code} — Chinese for
 * every {@code zh} locale ({@code zh}, {@code zh_CN}, {@code zh_TW}, {@code zh_HK}), English
 * otherwise, never the JVM's default locale. Enums whose labels are statutory text kept in a reviewed
 * data file (the outcome grounds, the proactive categories) override {@link #getLabel(Locale)}.
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
  default String getLabel(Locale locale) {
    return Texts.labels(this).label(this, locale);
  }

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

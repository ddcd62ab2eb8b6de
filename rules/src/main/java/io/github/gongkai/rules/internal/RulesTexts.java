package io.github.gongkai.rules.internal;

import io.github.gongkai.core.internal.Texts;

/** The user-facing text of gongkai rules; not part of the public API. */
public final class RulesTexts {
  /** Labels of the rules module's coded constants ({@code i18n/labels*.properties}). */
  public static final Texts LABELS = Texts.load(RulesTexts.class, "/io/github/gongkai/rules/i18n/labels");

  /**
   * The redaction log's sentences and the answer letter's redaction paragraph, as {@link
   * java.text.MessageFormat} patterns ({@code i18n/redaction*.properties}).
   */
  public static final Texts REDACTION = Texts.load(RulesTexts.class, "/io/github/gongkai/rules/i18n/redaction");

  /** The notes of deadline computation steps ({@code i18n/deadline*.properties}). */
  public static final Texts DEADLINE = Texts.load(RulesTexts.class, "/io/github/gongkai/rules/i18n/deadline");

  private RulesTexts() {}
}

package io.github.gongkai.report.internal;

import io.github.gongkai.core.internal.Texts;

/** The user-facing text of gongkai report; not part of the public API. */
public final class ReportTexts {
  /** Labels of the report module's coded constants ({@code i18n/labels*.properties}). */
  public static final Texts LABELS = Texts.load(ReportTexts.class, "/io/github/gongkai/report/i18n/labels");

  /**
   * Messages of the report module — cell descriptions and the checker's findings — as {@link
   * java.text.MessageFormat} patterns ({@code i18n/messages*.properties}).
   */
  public static final Texts MESSAGES = Texts.load(ReportTexts.class, "/io/github/gongkai/report/i18n/messages");

  private ReportTexts() {}
}

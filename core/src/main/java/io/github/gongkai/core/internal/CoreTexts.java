package io.github.gongkai.core.internal;

/** The user-facing text of gongkai core; not part of the public API. */
public final class CoreTexts {
  /** Labels of core's coded constants ({@code i18n/labels*.properties}). */
  public static final Texts LABELS = Texts.load(CoreTexts.class, "/io/github/gongkai/core/i18n/labels");

  private CoreTexts() {}
}

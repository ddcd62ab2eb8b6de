package io.github.gongkai.report;

import io.github.gongkai.core.LegalBasis;

/**
 * A numbered section of a report format, e.g. {@code 三、收到和处理政府信息公开申请情况}. Immutable and
 * thread-safe.
 */
public final class Section {
  private final String number;
  private final String titleZh;
  private final String titleEn;
  private final LegalBasis legalBasis;

  Section(String number, String titleZh, String titleEn, LegalBasis legalBasis) {
    this.number = number;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.legalBasis = legalBasis;
  }

  /**
   * The section numeral, e.g. {@code 三}.
   *
   * @return the numeral
   */
  public String getNumber() {
    return number;
  }

  /**
   * The Chinese title as printed.
   *
   * @return the title
   */
  public String getTitleZh() {
    return titleZh;
  }

  /**
   * The English title.
   *
   * @return the title
   */
  public String getTitleEn() {
    return titleEn;
  }

  /**
   * The provision requiring the section (2019 Art.50 or 2008 Art.32).
   *
   * @return the legal basis
   */
  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  @Override
  public String toString() {
    return number + "、" + titleZh;
  }
}

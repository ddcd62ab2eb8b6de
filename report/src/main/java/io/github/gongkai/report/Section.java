package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.LegalBasis;
import org.immutables.value.Value;

/**
 * A numbered section of a report format, e.g. {@code 三、收到和处理政府信息公开申请情况}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class Section {
  Section() {}

  static Section of(String number, String titleZh, String titleEn, LegalBasis legalBasis) {
    return ImmutableSection.builder()
        .number(number)
        .titleZh(titleZh)
        .titleEn(titleEn)
        .legalBasis(legalBasis)
        .build();
  }

  /**
   * The section numeral, e.g. {@code 三}.
   *
   * @return the numeral
   */
  public abstract String getNumber();

  /**
   * The Chinese title as printed.
   *
   * @return the title
   */
  public abstract String getTitleZh();

  /**
   * The English title.
   *
   * @return the title
   */
  public abstract String getTitleEn();

  /**
   * The provision requiring the section (2019 Art.50 or 2008 Art.32).
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  @Override
  public String toString() {
    return getNumber() + "、" + getTitleZh();
  }
}

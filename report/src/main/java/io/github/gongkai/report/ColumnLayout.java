package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.request.ApplicantType;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A column of a report table. Table 三's applicant columns are the {@link ApplicantType} values
 * ({@link #getApplicantType()}), followed by 总计. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class ColumnLayout {
  /** Code of every 总计 column. */
  public static final String TOTAL = "total";

  ColumnLayout() {}

  static ColumnLayout of(
      String code,
      String labelZh,
      String labelEn,
      ColumnKind kind,
      @Nullable String groupZh,
      @Nullable String groupEn,
      @Nullable ApplicantType applicantType) {
    return ImmutableColumnLayout.builder()
        .code(code)
        .labelZh(labelZh)
        .labelEn(labelEn)
        .kind(kind)
        .groupZh(groupZh)
        .groupEn(groupEn)
        .applicantType(applicantType)
        .build();
  }

  /**
   * Stable column code, e.g. {@code natural-person} or {@code total}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The Chinese header as printed, e.g. {@code 自然人}.
   *
   * @return the label
   */
  public abstract String getLabelZh();

  /**
   * The English header.
   *
   * @return the label
   */
  public abstract String getLabelEn();

  /**
   * What the column's numbers are.
   *
   * @return the kind
   */
  public abstract ColumnKind getKind();

  /**
   * The merged header above this column, e.g. {@code 法人或其他组织}, or null.
   *
   * @return the group label or null
   */
  public abstract @Nullable String getGroupZh();

  /**
   * English of {@link #getGroupZh()}, or null.
   *
   * @return the group label or null
   */
  public abstract @Nullable String getGroupEn();

  /**
   * The applicant type counted in this column (table 三), or null.
   *
   * @return the applicant type or null
   */
  public abstract @Nullable ApplicantType getApplicantType();

  /**
   * Whether this is a 总计 column.
   *
   * @return true for the total column
   */
  public boolean isTotal() {
    return TOTAL.equals(getCode());
  }

  @Override
  public String toString() {
    return getCode();
  }
}

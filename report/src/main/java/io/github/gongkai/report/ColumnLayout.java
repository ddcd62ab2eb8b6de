package io.github.gongkai.report;

import io.github.gongkai.core.request.ApplicantType;
import org.jspecify.annotations.Nullable;

/**
 * A column of a report table. Table 三's applicant columns are the {@link ApplicantType} values
 * ({@link #getApplicantType()}), followed by 总计. Immutable and thread-safe.
 */
public final class ColumnLayout {
  /** Code of every 总计 column. */
  public static final String TOTAL = "total";

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final ColumnKind kind;
  private final @Nullable String groupZh;
  private final @Nullable String groupEn;
  private final @Nullable ApplicantType applicantType;

  ColumnLayout(
      String code,
      String labelZh,
      String labelEn,
      ColumnKind kind,
      @Nullable String groupZh,
      @Nullable String groupEn,
      @Nullable ApplicantType applicantType) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.kind = kind;
    this.groupZh = groupZh;
    this.groupEn = groupEn;
    this.applicantType = applicantType;
  }

  /**
   * Stable column code, e.g. {@code natural-person} or {@code total}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * The Chinese header as printed, e.g. {@code 自然人}.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English header.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * What the column's numbers are.
   *
   * @return the kind
   */
  public ColumnKind getKind() {
    return kind;
  }

  /**
   * The merged header above this column, e.g. {@code 法人或其他组织}, or null.
   *
   * @return the group label or null
   */
  public @Nullable String getGroupZh() {
    return groupZh;
  }

  /**
   * English of {@link #getGroupZh()}, or null.
   *
   * @return the group label or null
   */
  public @Nullable String getGroupEn() {
    return groupEn;
  }

  /**
   * The applicant type counted in this column (table 三), or null.
   *
   * @return the applicant type or null
   */
  public @Nullable ApplicantType getApplicantType() {
    return applicantType;
  }

  /**
   * Whether this is a 总计 column.
   *
   * @return true for the total column
   */
  public boolean isTotal() {
    return TOTAL.equals(code);
  }

  @Override
  public String toString() {
    return code;
  }
}

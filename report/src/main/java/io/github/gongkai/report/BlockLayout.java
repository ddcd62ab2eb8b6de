package io.github.gongkai.report;

import io.github.gongkai.core.LegalBasis;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block of a table: rows sharing one set of columns, e.g. table 二's {@code 第二十条第（一）项}. Tables
 * 三 and 四 have one block each. Immutable and thread-safe.
 */
public final class BlockLayout {
  private final String code;
  private final @Nullable String labelZh;
  private final @Nullable String labelEn;
  private final @Nullable LegalBasis legalBasis;
  private final List<RowLayout> rows;
  private final List<ColumnLayout> columns;

  BlockLayout(
      String code,
      @Nullable String labelZh,
      @Nullable String labelEn,
      @Nullable LegalBasis legalBasis,
      List<RowLayout> rows,
      List<ColumnLayout> columns) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.legalBasis = legalBasis;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
  }

  /**
   * Block code, e.g. {@code art20-1} or {@code main}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * The printed block heading, e.g. {@code 第二十条第（一）项}, or null.
   *
   * @return the heading or null
   */
  public @Nullable String getLabelZh() {
    return labelZh;
  }

  /**
   * English heading, or null.
   *
   * @return the heading or null
   */
  public @Nullable String getLabelEn() {
    return labelEn;
  }

  /**
   * The provision whose information the block counts, e.g. 2019 Art.20(1), or null.
   *
   * @return the legal basis or null
   */
  public @Nullable LegalBasis getLegalBasis() {
    return legalBasis;
  }

  /**
   * The rows, in table order.
   *
   * @return the rows
   */
  public List<RowLayout> getRows() {
    return rows;
  }

  /**
   * The columns, in table order.
   *
   * @return the columns
   */
  public List<ColumnLayout> getColumns() {
    return columns;
  }
}

package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.LegalBasis;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A block of a table: rows sharing one set of columns, e.g. table 二's {@code 第二十条第（一）项}. Tables
 * 三 and 四 have one block each. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class BlockLayout {
  BlockLayout() {}

  static BlockLayout of(
      String code,
      @Nullable String labelZh,
      @Nullable String labelEn,
      @Nullable LegalBasis legalBasis,
      List<RowLayout> rows,
      List<ColumnLayout> columns) {
    return ImmutableBlockLayout.builder()
        .code(code)
        .labelZh(labelZh)
        .labelEn(labelEn)
        .legalBasis(legalBasis)
        .rows(rows)
        .columns(columns)
        .build();
  }

  /**
   * Block code, e.g. {@code art20-1} or {@code main}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The printed block heading, e.g. {@code 第二十条第（一）项}, or null.
   *
   * @return the heading or null
   */
  public abstract @Nullable String getLabelZh();

  /**
   * English heading, or null.
   *
   * @return the heading or null
   */
  public abstract @Nullable String getLabelEn();

  /**
   * The provision whose information the block counts, e.g. 2019 Art.20(1), or null.
   *
   * @return the legal basis or null
   */
  public abstract @Nullable LegalBasis getLegalBasis();

  /**
   * The rows, in table order.
   *
   * @return the rows
   */
  public abstract List<RowLayout> getRows();

  /**
   * The columns, in table order.
   *
   * @return the columns
   */
  public abstract List<ColumnLayout> getColumns();
}

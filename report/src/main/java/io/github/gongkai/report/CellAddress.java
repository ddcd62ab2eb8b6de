package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Where a cell is: table, row code and column code, e.g. {@code table3/new/natural-person}.
 *
 * <p>Row and column codes are those of {@link ReportLayout}; an address is only meaningful with a
 * layout, which can describe it in Chinese and English ({@link TableLayout#describeZh(CellAddress)}).
 * Immutable and thread-safe; equal when table, row and column are equal.
 */
@GongkaiStyle
@Value.Immutable(prehash = true)
public abstract class CellAddress implements Comparable<CellAddress> {
  CellAddress() {}

  /**
   * An address.
   *
   * @param table the table; not null
   * @param row the row code; not blank
   * @param column the column code; not blank
   * @return the address
   * @throws InvalidValueException if an argument is null or blank
   */
  public static CellAddress of(ReportTable table, String row, String column) {
    InvalidValueException.requireNonNull(table, "table");
    InvalidValueException.requireNonNull(row, "row");
    InvalidValueException.requireNonNull(column, "column");
    return ImmutableCellAddress.builder().table(table).row(row).column(column).build();
  }

  @Value.Check
  void check() {
    if (getRow().isBlank() || getRow().contains("/")) {
      throw new InvalidValueException("row", getRow(), "must be a non-blank code without '/'");
    }
    if (getColumn().isBlank() || getColumn().contains("/")) {
      throw new InvalidValueException("column", getColumn(), "must be a non-blank code without '/'");
    }
  }

  /**
   * Parses {@code table3/new/natural-person}; the table may also be given by its numeral ({@code
   * 三/new/natural-person}).
   *
   * @param text the address; not null
   * @return the address
   * @throws InvalidValueException if malformed
   */
  public static CellAddress parse(String text) {
    InvalidValueException.requireNonNull(text, "cellAddress");
    String[] parts = text.split("/", -1);
    if (parts.length != 3) {
      throw new InvalidValueException("cellAddress", text, "must look like table3/row/column");
    }
    ReportTable table = parts[0].length() == 1 ? ReportTable.ofNumeral(parts[0]) : ReportTable.ofCode(parts[0]);
    return of(table, parts[1], parts[2]);
  }

  /**
   * The table.
   *
   * @return the table
   */
  public abstract ReportTable getTable();

  /**
   * The row code.
   *
   * @return the row code
   */
  public abstract String getRow();

  /**
   * The column code.
   *
   * @return the column code
   */
  public abstract String getColumn();

  @Override
  public int compareTo(CellAddress o) {
    int c = getTable().compareTo(o.getTable());
    if (c == 0) {
      c = getRow().compareTo(o.getRow());
    }
    return c == 0 ? getColumn().compareTo(o.getColumn()) : c;
  }

  /**
   * The address as {@code table3/new/natural-person}.
   *
   * @return the address text
   */
  @Override
  public String toString() {
    return getTable().getCode() + "/" + getRow() + "/" + getColumn();
  }
}

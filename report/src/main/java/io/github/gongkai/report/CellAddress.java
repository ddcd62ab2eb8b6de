package io.github.gongkai.report;

import io.github.gongkai.core.InvalidValueException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a cell is: table, row code and column code, e.g. {@code table3/new/natural-person}.
 *
 * <p>Row and column codes are those of {@link ReportLayout}; an address is only meaningful with a
 * layout, which can describe it in Chinese and English ({@link TableLayout#describeZh(CellAddress)}).
 * Immutable and thread-safe.
 */
public final class CellAddress implements Comparable<CellAddress> {
  private final ReportTable table;
  private final String row;
  private final String column;

  private CellAddress(ReportTable table, String row, String column) {
    this.table = table;
    this.row = row;
    this.column = column;
  }

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
    if (row.isBlank() || row.contains("/")) {
      throw new InvalidValueException("row", row, "must be a non-blank code without '/'");
    }
    if (column.isBlank() || column.contains("/")) {
      throw new InvalidValueException("column", column, "must be a non-blank code without '/'");
    }
    return new CellAddress(table, row, column);
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
  public ReportTable getTable() {
    return table;
  }

  /**
   * The row code.
   *
   * @return the row code
   */
  public String getRow() {
    return row;
  }

  /**
   * The column code.
   *
   * @return the column code
   */
  public String getColumn() {
    return column;
  }

  @Override
  public int compareTo(CellAddress o) {
    int c = table.compareTo(o.table);
    if (c == 0) {
      c = row.compareTo(o.row);
    }
    return c == 0 ? column.compareTo(o.column) : c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CellAddress)) {
      return false;
    }
    CellAddress a = (CellAddress) o;
    return table == a.table && row.equals(a.row) && column.equals(a.column);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, row, column);
  }

  /**
   * The address as {@code table3/new/natural-person}.
   *
   * @return the address text
   */
  @Override
  public String toString() {
    return table.getCode() + "/" + row + "/" + column;
  }
}

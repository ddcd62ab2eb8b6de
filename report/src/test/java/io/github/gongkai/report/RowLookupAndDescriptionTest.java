package io.github.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every row is found by its own code, and English cell descriptions name the table number. */
class RowLookupAndDescriptionTest {
  @Test
  void every_row_of_every_layout_is_found_by_its_code() {
    for (ReportFormat f : ReportFormat.values()) {
      for (TableLayout layout : f.getLayout().getTables()) {
        for (RowLayout r : layout.getRows()) {
          assertThat(layout.findRow(r.getCode())).as(layout + " " + r.getCode()).containsSame(r);
        }
      }
    }
  }

  @Test
  void english_descriptions_name_table_number_row_and_column() {
    TableLayout t3 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
    RowLayout row = t3.getRow("withheld-state-secret");
    CellAddress cell = CellAddress.of(ReportTable.TABLE_3, row.getCode(), "total");
    String en = t3.describeEn(cell);
    assertThat(en).startsWith("table 3, ");
    assertThat(en).contains(row.getLabelEn() + " × " + t3.getColumn(cell).getLabelEn());
    assertThat(en).contains(t3.getRow(row.getParent()).getLabelEn() + ": ");
    TableLayout t2 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_2);
    CellAddress first = t2.getCells().get(0);
    assertThat(t2.describeEn(first)).startsWith("table 2, ");
  }
}

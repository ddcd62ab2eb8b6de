package io.github.gongkai.report.render;

import io.github.gongkai.report.CellValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV dialect and cell rules of {@link ReportRenderer}: RFC 4180 quoting by Commons CSV (a field
 * holding {@code ,}, {@code "}, {@code \r} or {@code \n}, or starting with a character up to
 * {@code #}, is quoted and its {@code "} doubled), {@code \n} record ends, and protection against
 * spreadsheet formula injection as recommended by OWASP ("CSV Injection"): a <em>text</em> cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading {@code '} so that a spreadsheet shows it as text instead of evaluating it. Numeric cells
 * are never changed: {@code -1} stays the number {@code -1}.
 */
final class CsvCells {
  /** RFC 4180 with {@code \n} record ends (the renderer's output is {@code \n}-terminated throughout). */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CsvCells() {}

  /**
   * A text cell, neutralised against formula injection.
   *
   * @param text the text
   * @return {@code text}, or {@code '} + {@code text} when it starts with {@code = + - @}, tab or CR
   */
  static String text(String text) {
    if (!text.isEmpty()) {
      switch (text.charAt(0)) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
          return "'" + text;
        default:
          break;
      }
    }
    return text;
  }

  /**
   * A report cell: a number as printed (never prefixed, even when negative); blank, "/" or any other
   * content as a {@link #text text} cell.
   *
   * @param value the cell
   * @return the field
   */
  static String cell(CellValue value) {
    return value.isNumber() ? value.toString() : text(value.toString());
  }

  /**
   * Writes records in {@link #FORMAT}. The fields are written as given: pass text cells through
   * {@link #text} or {@link #cell} first.
   *
   * @param records the records, header first
   * @return the CSV text, each record ended by {@code \n}
   */
  static String write(List<? extends List<String>> records) {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(sb, FORMAT)) {
      for (List<String> r : records) {
        out.printRecord(r);
      }
    } catch (IOException e) {
      // a StringBuilder does not throw; CSVPrinter declares it for other Appendables
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }
}

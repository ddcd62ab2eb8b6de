package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A filled-in annual report in a format with tables (2021 or 2019 trial): agency, year, the cells of
 * tables 二, 三 and 四, and optional section texts. Cells not set are blank. Computed by {@link
 * io.github.gongkai.report.aggregate.ReportAccumulator}, or typed from a published report and read by
 * {@link ReportJson}; checked by {@link io.github.gongkai.report.check.ReportChecker}. Immutable and
 * thread-safe.
 *
 * <p>JSON: the report document of schema version 1 ({@code report/README.md}). Any Jackson 2 or
 * Jackson 3 mapper reads and writes {@code AnnualReport} in that shape, through {@link
 * #fromDocument(Map)} and {@link #toDocument()}; the reading rules are {@link ReportJson}'s.
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
public final class AnnualReport {
  /**
   * The first report year with tables (the 2019 trial format). A report may use either table format
   * for any year from then on, as published reports occasionally do; {@link ReportFormat#forYear(int)}
   * gives the format prescribed for a year.
   */
  public static final int FIRST_TABLE_YEAR = 2019;

  private final ReportFormat format;
  private final int year;
  private final String agency;
  private final Map<CellAddress, CellValue> cells;
  private final Map<String, String> sectionTexts;

  private AnnualReport(Builder b) {
    this.format = b.format;
    this.year = b.year;
    this.agency = b.agency;
    this.cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.cells));
    this.sectionTexts = java.util.Collections.unmodifiableMap(new TreeMap<>(b.sectionTexts));
  }

  /**
   * A builder for a report.
   *
   * @param format a format with tables; not null
   * @param year the report year, {@value #FIRST_TABLE_YEAR} or later
   * @param agency the reporting agency; not blank
   * @return the builder
   * @throws InvalidValueException if the format has no tables, the year is before {@value
   *     #FIRST_TABLE_YEAR}, or the agency is blank
   */
  public static Builder builder(ReportFormat format, int year, String agency) {
    return new Builder(format, year, agency);
  }

  /**
   * Reads a report from its JSON document as parsed into plain Java values; the creator JSON
   * libraries use. Same as {@link ReportJson#fromDocument(Map)}.
   *
   * @param document the top-level JSON object; not null
   * @return the report
   * @throws ReportInputException if the document does not fit its format; the field is the JSON path
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AnnualReport fromDocument(Map<String, ?> document) {
    return ReportJson.fromDocument(document);
  }

  /**
   * This report as its JSON document of plain Java values, in the stable key order; what JSON
   * libraries write. Same as {@link ReportJson#toDocument(AnnualReport)}.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    return ReportJson.toDocument(this);
  }

  /**
   * A builder holding this report's content.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(format, year, agency);
    b.cells.putAll(cells);
    b.sectionTexts.putAll(sectionTexts);
    return b;
  }

  /**
   * The format.
   *
   * @return the format
   */
  public ReportFormat getFormat() {
    return format;
  }

  /**
   * The format's layout.
   *
   * @return the layout
   */
  public ReportLayout getLayout() {
    return format.getLayout();
  }

  /**
   * The report year.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * The reporting agency.
   *
   * @return the agency name
   */
  public String getAgency() {
    return agency;
  }

  /**
   * A cell's value; blank when not set.
   *
   * @param address a cell of this report's layout
   * @return the value
   * @throws InvalidValueException if the address is not a cell of the layout
   */
  public CellValue get(CellAddress address) {
    checkAddress(format, address);
    return cells.getOrDefault(address, CellValue.BLANK);
  }

  /**
   * A cell's value; blank when not set.
   *
   * @param table the table
   * @param row the row code
   * @param column the column code
   * @return the value
   * @throws InvalidValueException if the address is not a cell of the layout
   */
  public CellValue get(ReportTable table, String row, String column) {
    return get(CellAddress.of(table, row, column));
  }

  /**
   * The cells that are not blank, in insertion order.
   *
   * @return address to value
   */
  public Map<CellAddress, CellValue> getFilledCells() {
    return cells;
  }

  /**
   * Section texts by section numeral (e.g. {@code 一} → overview), possibly empty.
   *
   * @return the texts
   */
  public Map<String, String> getSectionTexts() {
    return sectionTexts;
  }

  static void checkAddress(ReportFormat format, CellAddress address) {
    InvalidValueException.requireNonNull(address, "cell");
    if (!format.getLayout().getTable(address.getTable()).contains(address)) {
      throw new InvalidValueException(
          "cell", address.toString(), "must be a cell of format " + format.getCode());
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AnnualReport)) {
      return false;
    }
    AnnualReport r = (AnnualReport) o;
    return format == r.format
        && year == r.year
        && agency.equals(r.agency)
        && new TreeMap<>(cells).equals(new TreeMap<>(r.cells))
        && sectionTexts.equals(r.sectionTexts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, year, agency, new TreeMap<>(cells), sectionTexts);
  }

  @Override
  public String toString() {
    return "AnnualReport{" + format.getCode() + ", " + year + ", " + agency + ", " + cells.size() + " cells}";
  }

  /** Builds an {@link AnnualReport}; not thread-safe. */
  public static final class Builder {
    private final ReportFormat format;
    private final int year;
    private final String agency;
    private final Map<CellAddress, CellValue> cells = new LinkedHashMap<>();
    private final Map<String, String> sectionTexts = new TreeMap<>();

    private Builder(ReportFormat format, int year, String agency) {
      InvalidValueException.requireNonNull(format, "format");
      InvalidValueException.requireNonNull(agency, "agency");
      if (!format.getLayout().hasTables()) {
        throw new InvalidValueException(
            "format", format.getCode(), "must be a format with tables (use LegacyReport for 2008)");
      }
      if (year < FIRST_TABLE_YEAR || year > 9999) {
        throw new InvalidValueException(
            "year", Integer.toString(year), "must be " + FIRST_TABLE_YEAR + " or later for a report with tables");
      }
      if (agency.isBlank()) {
        throw new InvalidValueException("agency", agency, "must not be blank");
      }
      this.format = format;
      this.year = year;
      this.agency = agency.strip();
    }

    /**
     * Sets a cell; setting {@link CellValue#BLANK} clears it.
     *
     * @param address a cell of the format's layout
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if the address is not a cell of the layout
     */
    public Builder set(CellAddress address, CellValue value) {
      checkAddress(format, address);
      InvalidValueException.requireNonNull(value, "value");
      if (value.isBlank()) {
        cells.remove(address);
      } else {
        cells.put(address, value);
      }
      return this;
    }

    /**
     * Sets a cell.
     *
     * @param table the table
     * @param row the row code
     * @param column the column code
     * @param value the value
     * @return this builder
     * @throws InvalidValueException if the address is not a cell of the layout
     */
    public Builder set(ReportTable table, String row, String column, CellValue value) {
      return set(CellAddress.of(table, row, column), value);
    }

    /**
     * Sets a count cell.
     *
     * @param table the table
     * @param row the row code
     * @param column the column code
     * @param count 0 or more
     * @return this builder
     * @throws InvalidValueException if the address is not a cell or the count is negative
     */
    public Builder setCount(ReportTable table, String row, String column, long count) {
      return set(CellAddress.of(table, row, column), CellValue.ofCount(count));
    }

    /**
     * Sets a section text.
     *
     * @param sectionNumber the section numeral, e.g. {@code 一}
     * @param text the text; not null
     * @return this builder
     * @throws InvalidValueException if the format has no such section
     */
    public Builder sectionText(String sectionNumber, String text) {
      InvalidValueException.requireNonNull(text, "text");
      boolean known = false;
      for (Section s : format.getLayout().getSections()) {
        known |= s.getNumber().equals(sectionNumber);
      }
      if (!known) {
        throw new InvalidValueException("section", sectionNumber, "must be a section numeral 一 to 六");
      }
      sectionTexts.put(sectionNumber, text);
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public AnnualReport build() {
      return new AnnualReport(this);
    }
  }
}

package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.report.internal.JsonText;
import io.github.gongkai.report.internal.Names;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@link AnnualReport} document, schema version 1 (see {@code report/README.md}), in plain Java:
 * no JSON library is needed to convert or to write it.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1, "format": "2021", "year": 2024, "agency": "某区统计局",
 *   "table2": { "rules": { "issued": 0, "repealed": 0, "in-force": "/" }, ... },
 *   "table3": { "new": { "natural-person": 58, ..., "total": 66 }, "（三）1": { ... }, ... },
 *   "table4": { "review": { "maintained": 1, ..., "total": 1 }, ... },
 *   "sections": { "一": "..." }
 * }
 * }</pre>
 *
 * <p>A cell is a JSON number, {@code null} or {@code ""} (blank), {@code "/"} (not applicable), or a
 * string holding a number. A missing row or cell is blank. Rows may be keyed by code or by printed
 * label ({@code "（三）1"}, {@code "一"}), columns by code or Chinese header ({@code "自然人"}).
 * Writing is stable: fixed key order, all cells of printed rows, blank as {@code null}.
 *
 * <p>Any JSON library can read and write the document: {@link AnnualReport} delegates to {@link
 * #fromDocument(Map)} and {@link #toDocument(AnnualReport)} through the Jackson annotations
 * {@code @JsonCreator} and {@code @JsonValue}, so a Jackson 2 or Jackson 3 mapper reads {@code
 * AnnualReport.class} directly; {@link #read(String, DocumentCodec)} does so through a strict codec
 * ({@code gongkai-jackson2} or {@code gongkai-jackson3}). Thread-safe.
 */
public final class ReportJson {
  /** The schema version written and understood. */
  public static final int SCHEMA_VERSION = 1;

  /** Largest magnitude of a cell: no count or amount of an annual report comes near it. */
  private static final BigDecimal MAX_CELL = new BigDecimal("1e15");

  private static final List<String> FIELDS =
      List.of("schemaVersion", "format", "year", "agency", "table2", "table3", "table4", "sections");

  private ReportJson() {}

  /**
   * Reads a report through a JSON codec.
   *
   * @param json the JSON text; not null
   * @param codec a strict codec, e.g. {@code io.github.gongkai.jackson3.GongkaiJson.codec()}; not
   *     null
   * @return the report
   * @throws ReportInputException if the text is not well-formed JSON holding one document (duplicate
   *     keys, trailing content), or the document does not fit its format; the field is the JSON path
   *     of the offending value, e.g. {@code $.table3["（三）1"].natural-person}
   */
  public static AnnualReport read(String json, DocumentCodec codec) {
    InvalidValueException.requireNonNull(json, "json");
    InvalidValueException.requireNonNull(codec, "codec");
    AnnualReport report;
    try {
      report = codec.read(json, AnnualReport.class);
    } catch (RuntimeException e) {
      throw asInputException(e);
    }
    if (report == null) {
      throw new ReportInputException("$", "null", "must be a JSON object");
    }
    return report;
  }

  /**
   * Reads a report from a stream (UTF-8 JSON) through a JSON codec; the stream is not closed.
   *
   * @param in the stream; not null
   * @param codec a strict codec; not null
   * @return the report
   * @throws ReportInputException if the document is malformed or does not fit its format
   * @throws GongkaiException if the stream cannot be read
   */
  public static AnnualReport read(InputStream in, DocumentCodec codec) {
    InvalidValueException.requireNonNull(in, "in");
    String text;
    try {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GongkaiException("cannot read report: " + e.getMessage(), e);
    }
    return read(text, codec);
  }

  /** The report's own failure, wherever a JSON library wrapped it; else the codec's, re-typed. */
  private static RuntimeException asInputException(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReportInputException) {
        return (ReportInputException) t;
      }
    }
    if (e instanceof JsonInputException) {
      JsonInputException j = (JsonInputException) e;
      ReportInputException r = new ReportInputException(j.getPath(), j.getValue(), j.getRule());
      r.initCause(e);
      return r;
    }
    return e;
  }

  /**
   * Converts a report document, as any JSON library parses it into plain Java values, into a report.
   * Objects are {@link Map}s with string keys, arrays {@link List}s, and scalars {@link String},
   * {@link Number} (integers of any size, {@link BigDecimal} or {@link Double} for fractions),
   * {@link Boolean} or null.
   *
   * @param document the top-level object; not null
   * @return the report
   * @throws ReportInputException if the document does not fit its format: an unknown or misspelled
   *     field, a value of the wrong type, a newer schema version, an unknown table, row or column, or
   *     a cell that is neither blank, "/" nor a number; the field is the JSON path
   */
  public static AnnualReport fromDocument(Map<String, ?> document) {
    if (document == null) {
      throw new ReportInputException("$", "null", "must be a JSON object");
    }
    Object version = document.get("schemaVersion");
    Long v = integer(version);
    if (version == null) {
      throw new ReportInputException("$.schemaVersion", null, "is required (" + SCHEMA_VERSION + ")");
    }
    if (v == null) {
      throw new ReportInputException("$.schemaVersion", Names.shown(version), "must be the integer " + SCHEMA_VERSION);
    }
    if (v > SCHEMA_VERSION) {
      throw new ReportInputException(
          "$.schemaVersion", Long.toString(v),
          "must be " + SCHEMA_VERSION + ": this document is of a newer schema version; reading it needs a newer"
              + " gongkai (文档的结构版本较新，请升级 gongkai)");
    }
    if (v < SCHEMA_VERSION) {
      throw new ReportInputException("$.schemaVersion", Long.toString(v), "must be " + SCHEMA_VERSION);
    }
    for (String key : document.keySet()) {
      if (!FIELDS.contains(key) && !isTableNumeral(key)) {
        throw Names.unknownField("$", key, FIELDS, "of the report");
      }
    }
    String formatCode = string(document, "format");
    ReportFormat format;
    try {
      format = ReportFormat.ofCode(formatCode);
    } catch (InvalidValueException e) {
      throw new ReportInputException("$.format", Names.display(formatCode), "must be 2021 or 2019-trial");
    }
    Object yearValue = document.get("year");
    Long year = integer(yearValue);
    if (year == null || year < Integer.MIN_VALUE || year > Integer.MAX_VALUE) {
      throw new ReportInputException("$.year", Names.shown(yearValue), "must be an integer year");
    }
    AnnualReport.Builder b;
    try {
      b = AnnualReport.builder(format, year.intValue(), string(document, "agency"));
    } catch (InvalidValueException e) {
      throw new ReportInputException(
          "$." + e.getField(), e.getValue(), e.getMessage().substring(e.getField().length() + 2));
    }
    Set<ReportTable> tables = new HashSet<>();
    for (Map.Entry<String, ?> f : document.entrySet()) {
      String key = f.getKey();
      if (key.equals("sections")) {
        readSections(b, f.getValue());
      } else if (key.startsWith("table") || isTableNumeral(key)) {
        ReportTable table = isTableNumeral(key) ? ReportTable.ofNumeral(key) : ReportTable.ofCode(key);
        String path = Names.member("$", key);
        if (!tables.add(table)) {
          throw new ReportInputException(path, null, "must not repeat table " + table.getCode());
        }
        readTable(b, format.getLayout().getTable(table), path, f.getValue());
      }
    }
    return b.build();
  }

  private static boolean isTableNumeral(String key) {
    for (ReportTable t : ReportTable.values()) {
      if (t.getNumeral().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** An integral JSON number as a long, or null for anything else (fractions, strings, too large). */
  private static @Nullable Long integer(@Nullable Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger && ((BigInteger) v).bitLength() < 63) {
      return ((BigInteger) v).longValue();
    }
    return null;
  }

  private static String string(Map<String, ?> document, String field) {
    Object v = document.get(field);
    if (!(v instanceof String)) {
      throw new ReportInputException(
          "$." + field, Names.shown(v), v == null ? "is required (a string)" : "must be a string");
    }
    return (String) v;
  }

  private static void readSections(AnnualReport.Builder b, @Nullable Object node) {
    if (!(node instanceof Map)) {
      throw new ReportInputException("$.sections", Names.shown(node), "must be an object of section texts");
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
      String key = String.valueOf(e.getKey());
      String path = Names.member("$.sections", key);
      if (!(e.getValue() instanceof String)) {
        throw new ReportInputException(path, Names.shown(e.getValue()), "must be a string");
      }
      try {
        b.sectionText(key, (String) e.getValue());
      } catch (InvalidValueException ex) {
        throw new ReportInputException(path, Names.display(key), "must be a section numeral 一 to 六");
      }
    }
  }

  private static void readTable(AnnualReport.Builder b, TableLayout layout, String path, @Nullable Object node) {
    if (!(node instanceof Map)) {
      throw new ReportInputException(path, Names.shown(node), "must be an object of rows");
    }
    Set<CellAddress> seen = new HashSet<>();
    for (Map.Entry<?, ?> r : ((Map<?, ?>) node).entrySet()) {
      String rowKey = String.valueOf(r.getKey());
      String rowPath = Names.member(path, rowKey);
      Optional<RowLayout> found = layout.findRow(rowKey);
      if (found.isEmpty() && isHeading(layout, rowKey) && allBlank(r.getValue())) {
        continue;
      }
      if (found.isEmpty()) {
        List<String> codes = layout.getRows().stream().map(RowLayout::getCode).toList();
        throw new ReportInputException(
            rowPath, null,
            "must be a row of " + layout.getTable().getCode() + " (its code or printed label)"
                + Names.closest(rowKey, codes).map(n -> "; did you mean `" + n + "`?").orElse(""));
      }
      RowLayout row = found.get();
      if (!(r.getValue() instanceof Map)) {
        throw new ReportInputException(rowPath, Names.shown(r.getValue()), "must be an object of columns");
      }
      for (Map.Entry<?, ?> c : ((Map<?, ?>) r.getValue()).entrySet()) {
        String colKey = String.valueOf(c.getKey());
        String cellPath = Names.member(rowPath, colKey);
        Optional<ColumnLayout> col = layout.findColumn(row.getCode(), colKey);
        if (col.isEmpty()) {
          List<String> codes = layout.getColumns(row.getCode()).stream().map(ColumnLayout::getCode).toList();
          throw new ReportInputException(
              cellPath, null,
              "must be a column of this row (its code or Chinese header)"
                  + Names.closest(colKey, codes).map(n -> "; did you mean `" + n + "`?").orElse(""));
        }
        CellAddress address = CellAddress.of(layout.getTable(), row.getCode(), col.get().getCode());
        CellValue value = cell(cellPath, c.getValue());
        if (!seen.add(address)) {
          throw new ReportInputException(
              cellPath, Names.shown(c.getValue()), "must not repeat cell " + address + ", given under another key");
        }
        b.set(address, value);
      }
    }
  }

  /** Table 三's heading row 三、本年度办理结果 has no cells; typed reports may still list it, empty. */
  private static boolean isHeading(TableLayout layout, String key) {
    if (layout.getTable() != ReportTable.TABLE_3) {
      return false;
    }
    String k = TableLayout.normalise(key);
    return k.equals("三") || k.equals("三本年度办理结果") || k.equals("本年度办理结果");
  }

  private static boolean allBlank(@Nullable Object v) {
    if (v == null || (v instanceof String && ((String) v).isBlank())) {
      return true;
    }
    if (!(v instanceof Map)) {
      return false;
    }
    for (Object o : ((Map<?, ?>) v).values()) {
      if (o instanceof Map || !allBlank(o)) {
        return false;
      }
    }
    return true;
  }

  private static CellValue cell(String path, @Nullable Object v) {
    String rule = "must be a number, null, \"\" or \"/\"";
    if (v == null) {
      return CellValue.BLANK;
    }
    if (v instanceof String) {
      CellValue parsed;
      try {
        parsed = CellValue.parse((String) v);
      } catch (InvalidValueException e) {
        throw new ReportInputException(path, Names.shown(v), rule);
      }
      return bounded(path, parsed, v);
    }
    BigDecimal n;
    if (v instanceof BigDecimal) {
      n = (BigDecimal) v;
    } else if (v instanceof BigInteger) {
      n = new BigDecimal((BigInteger) v);
    } else if (integer(v) != null) {
      n = BigDecimal.valueOf(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new ReportInputException(path, Names.shown(v), "must be a finite number");
      }
      n = BigDecimal.valueOf(d);
    } else {
      throw new ReportInputException(path, Names.shown(v), rule);
    }
    return bounded(path, CellValue.ofPrinted(n), v);
  }

  private static CellValue bounded(String path, CellValue value, Object raw) {
    if (value.isNumber() && value.getNumber().abs().compareTo(MAX_CELL) >= 0) {
      throw new ReportInputException(path, Names.shown(raw), "must be a number below 10^15");
    }
    return value;
  }

  /**
   * The report as a document of plain Java values, in the stable layout order: {@link
   * LinkedHashMap}s, {@link String}s, {@link Integer}s, {@link BigInteger}s and {@link BigDecimal}s
   * (integers written without a fraction, amounts as given), null for blank cells and {@code "/"}.
   *
   * @param report the report; not null
   * @return a new, modifiable map
   */
  public static Map<String, Object> toDocument(AnnualReport report) {
    InvalidValueException.requireNonNull(report, "report");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("format", report.getFormat().getCode());
    root.put("year", report.getYear());
    root.put("agency", report.getAgency());
    for (TableLayout t : report.getLayout().getTables()) {
      Map<String, Object> table = new LinkedHashMap<>();
      root.put(t.getTable().getCode(), table);
      for (RowLayout r : t.getRows()) {
        boolean any = false;
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          any |= !report.get(CellAddress.of(t.getTable(), r.getCode(), c.getCode())).isBlank();
        }
        if (!r.isPrinted() && !any) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        table.put(r.getCode(), row);
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          row.put(c.getCode(), cellValue(report.get(CellAddress.of(t.getTable(), r.getCode(), c.getCode()))));
        }
      }
    }
    if (!report.getSectionTexts().isEmpty()) {
      Map<String, Object> s = new LinkedHashMap<>();
      for (Section sec : report.getLayout().getSections()) {
        String text = report.getSectionTexts().get(sec.getNumber());
        if (text != null) {
          s.put(sec.getNumber(), text);
        }
      }
      root.put("sections", s);
    }
    return root;
  }

  /**
   * A cell as a plain JSON value: null (blank), {@code "/"}, or the number — a {@link BigInteger}
   * for a whole number written without a fraction, else the {@link BigDecimal} as given.
   *
   * @param v the cell; not null
   * @return the value
   */
  static @Nullable Object cellValue(CellValue v) {
    if (v.isBlank()) {
      return null;
    }
    if (v.isNotApplicable()) {
      return "/";
    }
    BigDecimal n = v.getNumber();
    return v.isInteger() && n.scale() <= 0 ? n.toBigIntegerExact() : n;
  }

  /**
   * Writes a report as indented JSON (two-space indent, {@code "key": value}, {@code \n} line ends,
   * final newline), the layout of gongkai's report files, without any JSON library.
   *
   * @param report the report; not null
   * @return the JSON text
   */
  public static String write(AnnualReport report) {
    return JsonText.pretty(toDocument(report));
  }
}

package io.github.gongkai.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads and writes {@link AnnualReport} as JSON, schema version 1 (see {@code report/README.md}).
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
 * Writing is stable: fixed key order, all cells of printed rows, blank as {@code null}. Thread-safe.
 */
public final class ReportJson {
  /** The schema version written and understood. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * Reads a report.
   *
   * @param json the JSON text; not null
   * @return the report
   * @throws ReportInputException if the document is malformed or does not fit its format
   */
  public static AnnualReport read(String json) {
    InvalidValueException.requireNonNull(json, "json");
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new ReportInputException("$", null, "must be well-formed JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Reads a report from a stream (UTF-8 JSON); the stream is not closed.
   *
   * @param in the stream; not null
   * @return the report
   * @throws ReportInputException if the document is malformed or does not fit its format
   * @throws GongkaiException if the stream cannot be read
   */
  public static AnnualReport read(InputStream in) {
    InvalidValueException.requireNonNull(in, "in");
    try {
      return fromTree(MAPPER.readTree(in));
    } catch (JsonProcessingException e) {
      throw new ReportInputException("$", null, "must be well-formed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new GongkaiException("cannot read report: " + e.getMessage(), e);
    }
  }

  /**
   * Converts a parsed JSON tree into a report.
   *
   * @param root the document; not null
   * @return the report
   * @throws ReportInputException if the document does not fit its format
   */
  public static AnnualReport fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new ReportInputException("$", root == null ? null : root.toString(), "must be a JSON object");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.canConvertToInt() || version.asInt() != SCHEMA_VERSION) {
      throw new ReportInputException(
          "schemaVersion", version == null ? null : version.toString(), "must be " + SCHEMA_VERSION);
    }
    ReportFormat format;
    try {
      format = ReportFormat.ofCode(text(root, "format"));
    } catch (InvalidValueException e) {
      throw new ReportInputException("format", text(root, "format"), "must be 2021 or 2019-trial");
    }
    JsonNode yearNode = root.get("year");
    if (yearNode == null || !yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
      throw new ReportInputException("year", yearNode == null ? null : yearNode.toString(), "must be an integer year");
    }
    AnnualReport.Builder b;
    try {
      b = AnnualReport.builder(format, yearNode.asInt(), text(root, "agency"));
    } catch (InvalidValueException e) {
      throw new ReportInputException(e.getField(), e.getValue(), e.getMessage().substring(e.getField().length() + 2));
    }
    for (Map.Entry<String, JsonNode> f : root.properties()) {
      switch (f.getKey()) {
        case "schemaVersion":
        case "format":
        case "year":
        case "agency":
          break;
        case "sections":
          readSections(b, format, f.getValue());
          break;
        default:
          ReportTable table;
          try {
            table = ReportTable.ofCode(f.getKey());
          } catch (InvalidValueException e) {
            throw new ReportInputException(
                f.getKey(), null, "must be one of schemaVersion, format, year, agency, table2, table3, table4, sections");
          }
          readTable(b, format.getLayout().getTable(table), f.getKey(), f.getValue());
      }
    }
    return b.build();
  }

  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    if (n == null || !n.isTextual()) {
      throw new ReportInputException(field, n == null ? null : n.toString(), "must be a string");
    }
    return n.asText();
  }

  private static void readSections(AnnualReport.Builder b, ReportFormat format, JsonNode node) {
    if (!node.isObject()) {
      throw new ReportInputException("sections", node.toString(), "must be an object");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isTextual()) {
        throw new ReportInputException("sections." + e.getKey(), e.getValue().toString(), "must be a string");
      }
      try {
        b.sectionText(e.getKey(), e.getValue().asText());
      } catch (InvalidValueException ex) {
        throw new ReportInputException("sections." + e.getKey(), e.getKey(), "must be a section numeral 一 to 六");
      }
    }
  }

  private static void readTable(AnnualReport.Builder b, TableLayout layout, String path, JsonNode node) {
    java.util.Set<CellAddress> seen = new java.util.HashSet<>();
    if (!node.isObject()) {
      throw new ReportInputException(path, node.toString(), "must be an object of rows");
    }
    for (Map.Entry<String, JsonNode> r : node.properties()) {
      String rowPath = path + "." + r.getKey();
      if (layout.findRow(r.getKey()).isEmpty() && isHeading(layout, r.getKey()) && allBlank(r.getValue())) {
        continue;
      }
      RowLayout row =
          layout.findRow(r.getKey())
              .orElseThrow(() -> new ReportInputException(rowPath, r.getKey(), "must be a row of " + path));
      if (!r.getValue().isObject()) {
        throw new ReportInputException(rowPath, r.getValue().toString(), "must be an object of columns");
      }
      for (Map.Entry<String, JsonNode> c : r.getValue().properties()) {
        String cellPath = rowPath + "." + c.getKey();
        ColumnLayout col =
            layout.findColumn(row.getCode(), c.getKey())
                .orElseThrow(() -> new ReportInputException(cellPath, c.getKey(), "must be a column of this row"));
        CellAddress address = CellAddress.of(layout.getTable(), row.getCode(), col.getCode());
        CellValue value = cell(cellPath, c.getValue());
        if (!seen.add(address)) {
          throw new ReportInputException(cellPath, c.getValue().toString(), "must not repeat a cell given under another key");
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

  private static boolean allBlank(JsonNode v) {
    if (v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      return true;
    }
    if (!v.isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!allBlank(e.getValue()) || e.getValue().isObject()) {
        return false;
      }
    }
    return true;
  }

  private static CellValue cell(String path, JsonNode v) {
    if (v.isNull()) {
      return CellValue.BLANK;
    }
    if (v.isNumber()) {
      return CellValue.ofPrinted(v.decimalValue());
    }
    if (v.isTextual()) {
      try {
        return CellValue.parse(v.asText());
      } catch (InvalidValueException e) {
        throw new ReportInputException(path, v.asText(), "must be a number, null, \"\" or \"/\"");
      }
    }
    throw new ReportInputException(path, v.toString(), "must be a number, null, \"\" or \"/\"");
  }

  /**
   * The report as a JSON tree, in the stable layout order.
   *
   * @param report the report; not null
   * @return the tree
   */
  public static ObjectNode toTree(AnnualReport report) {
    InvalidValueException.requireNonNull(report, "report");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("format", report.getFormat().getCode());
    root.put("year", report.getYear());
    root.put("agency", report.getAgency());
    for (TableLayout t : report.getLayout().getTables()) {
      ObjectNode table = root.putObject(t.getTable().getCode());
      for (RowLayout r : t.getRows()) {
        boolean any = false;
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          any |= !report.get(CellAddress.of(t.getTable(), r.getCode(), c.getCode())).isBlank();
        }
        if (!r.isPrinted() && !any) {
          continue;
        }
        ObjectNode row = table.putObject(r.getCode());
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          CellValue v = report.get(CellAddress.of(t.getTable(), r.getCode(), c.getCode()));
          if (v.isBlank()) {
            row.putNull(c.getCode());
          } else if (v.isNotApplicable()) {
            row.put(c.getCode(), "/");
          } else {
            BigDecimal n = v.getNumber();
            if (v.isInteger() && n.scale() <= 0) {
              row.put(c.getCode(), n.toBigIntegerExact());
            } else {
              row.put(c.getCode(), n);
            }
          }
        }
      }
    }
    if (!report.getSectionTexts().isEmpty()) {
      ObjectNode s = root.putObject("sections");
      for (Section sec : report.getLayout().getSections()) {
        String text = report.getSectionTexts().get(sec.getNumber());
        if (text != null) {
          s.put(sec.getNumber(), text);
        }
      }
    }
    return root;
  }

  /**
   * Writes a report as pretty-printed JSON (two-space indent, {@code \n} line ends, final newline).
   *
   * @param report the report; not null
   * @return the JSON text
   */
  public static String write(AnnualReport report) {
    return pretty(toTree(report));
  }

  /**
   * Pretty-prints a JSON tree the way gongkai's report files are written.
   *
   * @param node the tree; not null
   * @return the JSON text with a final newline
   */
  public static String pretty(JsonNode node) {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    try {
      return MAPPER.writer(pp).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new GongkaiException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}

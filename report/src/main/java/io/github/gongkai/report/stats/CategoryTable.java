package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.internal.JsonText;
import io.github.gongkai.report.internal.Names;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A category table as a custom or legacy report prints it — a work summary's "主动公开信息183条，其中
 * 国土执法20条，占总体比例的10.92%……": the categories in printed order, each with its count (possibly
 * approximate or not printed) and printed share, and the stated total if any. {@link
 * CategoryCheck#of(CategoryTable, ShareMethod)} checks it.
 *
 * <p>JSON document:
 *
 * <pre>{@code
 * {"total": 183,                      // optional: an integer, or a printed figure such as "430余条"
 *  "entries": [
 *    {"label": "国土执法", "count": 20, "printed": "10.92%"},   // printed optional
 *    {"label": "四项制度专", "count": null, "printed": "0.54%"}, // count null (or absent): not printed
 *    {"label": "交通动态信息", "count": "约80条"}                 // count: an integer or a printed figure
 *  ]}
 * }</pre>
 *
 * <p>Read strictly: an unknown field, a value of the wrong type, a fraction or negative number as a
 * count, a count that is a percentage, a share that is not one, a repeated or blank label, or no
 * entries at all is refused with a {@link ReportInputException} whose field is the JSON path (e.g.
 * {@code $.entries[2].count}). Immutable and thread-safe.
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class CategoryTable {
  private static final List<String> FIELDS = List.of("total", "entries");
  private static final List<String> ENTRY_FIELDS = List.of("label", "count", "printed");

  CategoryTable() {}

  /**
   * The stated total ("183", "430余条"), or null if the table states none.
   *
   * @return the total or null
   */
  public abstract @Nullable PrintedFigure getTotal();

  /**
   * The categories in printed order.
   *
   * @return the entries, at least one
   */
  public abstract List<CategoryEntry> getEntries();

  @Value.Check
  void check() {
    if (getEntries().isEmpty()) {
      throw new InvalidValueException("entries", "[]", "must list at least one category");
    }
    Set<String> labels = new HashSet<>();
    for (CategoryEntry e : getEntries()) {
      if (!labels.add(e.getLabel())) {
        throw new InvalidValueException("entries", e.getLabel(), "must not list a category twice");
      }
    }
    PrintedFigure total = getTotal();
    if (total != null && total.isPercent()) {
      throw new InvalidValueException("total", total.getText(), "must be a count, not a percentage");
    }
  }

  /**
   * A table.
   *
   * @param total the stated total, or null
   * @param entries the categories in printed order; at least one, labels distinct
   * @return the table
   * @throws InvalidValueException for no entries, a repeated label or a percentage as total
   */
  public static CategoryTable of(@Nullable PrintedFigure total, List<CategoryEntry> entries) {
    return ImmutableCategoryTable.builder().total(total).entries(entries).build();
  }

  /**
   * Reads a table document through a JSON codec.
   *
   * @param json the JSON text; not null
   * @param codec a strict codec, e.g. {@code io.github.gongkai.jackson2.GongkaiJson.codec()}; not null
   * @return the table
   * @throws ReportInputException if the text is not well-formed JSON holding one document, or the
   *     document is not a category table; the field is the JSON path
   */
  public static CategoryTable read(String json, DocumentCodec codec) {
    InvalidValueException.requireNonNull(json, "json");
    InvalidValueException.requireNonNull(codec, "codec");
    CategoryTable table;
    try {
      table = codec.read(json, CategoryTable.class);
    } catch (GongkaiException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ReportInputException) {
          throw (ReportInputException) t;
        }
      }
      if (e instanceof JsonInputException) {
        JsonInputException j = (JsonInputException) e;
        ReportInputException r = new ReportInputException(j.getPath(), j.getValue(), j.getRule());
        r.initCause(e);
        throw r;
      }
      throw e;
    }
    if (table == null) {
      throw new ReportInputException("$", "null", "must be a JSON object");
    }
    return table;
  }

  /**
   * Converts a table document, as any JSON library parses it into plain Java values (objects as
   * {@link Map}s, arrays as {@link List}s), into a table.
   *
   * @param document the top-level object; not null
   * @return the table
   * @throws ReportInputException if the document is not a category table; the field is the JSON path
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CategoryTable fromDocument(Map<String, ?> document) {
    if (document == null) {
      throw new ReportInputException("$", "null", "must be a JSON object");
    }
    unknownFields("$", document, FIELDS, "of the category table");
    PrintedFigure total = figure("$.total", document.get("total"));
    Object entriesNode = document.get("entries");
    if (!(entriesNode instanceof List)) {
      throw new ReportInputException(
          "$.entries", Names.shown(entriesNode),
          entriesNode == null ? "is required (an array of categories)" : "must be an array of categories");
    }
    List<?> list = (List<?>) entriesNode;
    if (list.isEmpty()) {
      throw new ReportInputException("$.entries", "[]", "must list at least one category");
    }
    List<CategoryEntry> entries = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = Names.element("$.entries", i);
      Object node = list.get(i);
      if (!(node instanceof Map)) {
        throw new ReportInputException(path, Names.shown(node), "must be an object with label, count and printed");
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> e = (Map<String, ?>) node;
      unknownFields(path, e, ENTRY_FIELDS, "of a category");
      Object labelNode = e.get("label");
      if (!(labelNode instanceof String) || ((String) labelNode).isBlank()) {
        throw new ReportInputException(
            path + ".label", Names.shown(labelNode),
            labelNode == null ? "is required (a string)" : "must be a non-blank string");
      }
      String label = ((String) labelNode).strip();
      if (!labels.add(label)) {
        throw new ReportInputException(path + ".label", Names.shown(labelNode), "must not repeat an earlier category");
      }
      PrintedFigure count = figure(path + ".count", e.get("count"));
      Object printedNode = e.get("printed");
      PrintedFigure printed = null;
      if (printedNode != null) {
        if (!(printedNode instanceof String)) {
          throw new ReportInputException(path + ".printed", Names.shown(printedNode), "must be a string such as \"10.93%\"");
        }
        printed = parse(path + ".printed", (String) printedNode);
        if (!printed.isPercent()) {
          throw new ReportInputException(
              path + ".printed", Names.shown(printedNode), "must be a percentage such as \"10.93%\" or \"90%以上\"");
        }
      }
      entries.add(CategoryEntry.of(label, count, printed));
    }
    return of(total, entries);
  }

  private static void unknownFields(String path, Map<String, ?> object, List<String> fields, String of) {
    for (String key : object.keySet()) {
      if (!fields.contains(key)) {
        throw Names.unknownField(path, key, fields, of);
      }
    }
  }

  /** A count: an integer 0 or more, a printed figure that is not a percentage, or null. */
  private static @Nullable PrintedFigure figure(String path, @Nullable Object v) {
    if (v == null) {
      return null;
    }
    String rule = "must be a count (an integer 0 or more), a printed figure such as \"430余条\", or null";
    if (v instanceof String) {
      PrintedFigure f = parse(path, (String) v);
      if (f.isPercent()) {
        throw new ReportInputException(path, Names.shown(v), "must be a count, not a percentage");
      }
      return f;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || (v instanceof BigInteger && ((BigInteger) v).bitLength() < 63)) {
      long n = ((Number) v).longValue();
      if (n < 0) {
        throw new ReportInputException(path, Names.shown(v), rule);
      }
      return PrintedFigure.exact(n);
    }
    throw new ReportInputException(path, Names.shown(v), rule);
  }

  private static PrintedFigure parse(String path, String text) {
    try {
      return PrintedFigure.parse(text);
    } catch (InvalidValueException e) {
      String m = e.getMessage();
      int end = m.lastIndexOf(" - but was: ");
      throw new ReportInputException(path, Names.shown(text), m.substring(e.getField().length() + 2, end < 0 ? m.length() : end));
    }
  }

  /**
   * This table as its JSON document of plain Java values: exact counts as numbers, other figures as
   * their printed text; {@code count} null where none is printed, {@code total} and {@code printed}
   * left out when absent.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    PrintedFigure total = getTotal();
    if (total != null) {
      o.put("total", figureValue(total));
    }
    List<Object> entries = new ArrayList<>();
    for (CategoryEntry e : getEntries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", e.getLabel());
      PrintedFigure count = e.getCount();
      m.put("count", count == null ? null : figureValue(count));
      PrintedFigure printed = e.getPrinted();
      if (printed != null) {
        m.put("printed", printed.getText());
      }
      entries.add(m);
    }
    o.put("entries", entries);
    return o;
  }

  private static Object figureValue(PrintedFigure f) {
    return f.getUnit().isEmpty() ? CategoryRow.figureValue(f) : f.getText();
  }

  /**
   * This table as JSON text, without any JSON library.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonText.compact(toDocument());
  }
}

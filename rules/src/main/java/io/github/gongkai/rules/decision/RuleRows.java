package io.github.gongkai.rules.decision;

import io.github.gongkai.core.internal.ResourceTables;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a rule table file ({@code decision-rules.tsv}) as written, before they are
 * interpreted: each rule's row of fields and the text lines that follow it (key, Chinese, English).
 * Read once for the standard table; {@link DecisionRule} takes its codes, order and labels from it
 * and {@link RuleTable} everything else, so neither depends on the other to be loaded.
 */
final class RuleRows {
  /** The number of fields of a rule's row. */
  static final int COLUMNS = 10;
  /** The number of fields of a text line (the first one empty: the line starts with a tab). */
  private static final int TEXT_COLUMNS = 4;

  /**
   * One text of a rule as written: its key (for a not-fired variant followed by {@code " when "} and
   * its condition), Chinese and English.
   */
  record Text(String key, String zh, String en) {
    private static final String WHEN = " when ";

    /** The key without the condition: the suffix of the message key {@code rule.<code>.<name>}. */
    String name() {
      int at = key.indexOf(WHEN);
      return at < 0 ? key : key.substring(0, at);
    }

    /** The condition written after {@code when}, or null. */
    @Nullable String condition() {
      int at = key.indexOf(WHEN);
      return at < 0 ? null : key.substring(at + WHEN.length()).trim();
    }
  }

  /** One rule as written: its fields and its texts in the order written. */
  record Row(List<String> fields, List<Text> texts) {
    /** The rule's code, its first field. */
    String code() {
      return fields.get(0);
    }

    /** A field, from 0. */
    String field(int column) {
      return fields.get(column);
    }

    /** A copy with one field replaced. */
    Row with(int column, String value) {
      List<String> f = new ArrayList<>(fields);
      f.set(column, value);
      return new Row(List.copyOf(f), texts);
    }
  }

  /** The resource of the standard table, next to this class. */
  static final String RESOURCE = "decision-rules.tsv";

  /** The standard table's entries, in table order. */
  static final List<Row> STANDARD = read(RuleRows.class, RESOURCE);

  private RuleRows() {}

  /**
   * Reads a rule table file.
   *
   * @param anchor the class the resource is relative to
   * @param resource the resource name
   * @return its entries in table order
   * @throws IllegalStateException for a missing resource, a text line before any rule, a wrong
   *     number of fields or an empty text, naming the line
   */
  static List<Row> read(Class<?> anchor, String resource) {
    List<String[]> rows = new ArrayList<>();
    List<List<Text>> texts = new ArrayList<>();
    ResourceTables.forEachRow(
        anchor,
        resource,
        0,
        f -> {
          if (!f[0].isEmpty()) {
            if (f.length != COLUMNS) {
              throw new IllegalArgumentException(f[0] + ": expected " + COLUMNS + " columns, got " + f.length);
            }
            rows.add(f);
            texts.add(new ArrayList<>());
            return;
          }
          if (rows.isEmpty()) {
            throw new IllegalArgumentException("a text line before the first rule");
          }
          String code = rows.get(rows.size() - 1)[0];
          if (f.length != TEXT_COLUMNS) {
            throw new IllegalArgumentException(code + ": a text line has key, Chinese, English");
          }
          if (f[1].isBlank() || f[2].isBlank() || f[3].isBlank()) {
            throw new IllegalArgumentException(code + ": empty text in '" + f[1] + "'");
          }
          texts.get(texts.size() - 1).add(new Text(f[1], f[2], f[3]));
        });
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(new Row(List.of(rows.get(i)), List.copyOf(texts.get(i))));
    }
    return List.copyOf(out);
  }
}

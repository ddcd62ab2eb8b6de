package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * One class or sub-class of a catalogue with its entries as table rows.
 *
 * @param heading e.g. {@code 07 行政许可}
 * @param level the heading level: 2 for a top-level class of a catalogue page, one more for a
 *     sub-class, one more for all of them when the page starts with a guide
 * @param notes lines under the heading (statutory categories, an empty class)
 * @param rows the entries, each the cells 索引号, 名称, 文号, 生成日期, 公开方式
 */
public record CatalogueClassView(String heading, int level, List<String> notes, List<List<String>> rows) {
  /** The column headings of every class table. */
  public static final List<String> COLUMNS = List.of("索引号", "名称", "文号", "生成日期", "公开方式");

  /** Copies the lists. */
  public CatalogueClassView {
    notes = List.copyOf(notes);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * The column headings.
   *
   * @return {@link #COLUMNS}
   */
  public List<String> columns() {
    return COLUMNS;
  }
}

package io.github.gongkai.report.render.internal;

import org.jspecify.annotations.Nullable;

/**
 * One table cell. The template omits an attribute whose value is null.
 *
 * @param header {@code th} rather than {@code td}
 * @param text the cell text (escaped by the template)
 * @param colspan columns spanned, null for one
 * @param rowspan rows spanned, null for one
 * @param cssClass class attribute, or null
 */
public record HtmlCell(
    boolean header, String text, @Nullable Integer colspan, @Nullable Integer rowspan, @Nullable String cssClass) {

  /**
   * A data cell.
   *
   * @param text the text
   * @param colspan columns spanned (1 or more)
   * @return the cell
   */
  public static HtmlCell data(String text, int colspan) {
    return new HtmlCell(false, text, span(colspan), null, null);
  }

  /**
   * A header cell.
   *
   * @param text the text
   * @param colspan columns spanned (1 or more)
   * @param rowspan rows spanned (1 or more)
   * @param cssClass class attribute, or null
   * @return the cell
   */
  public static HtmlCell header(String text, int colspan, int rowspan, @Nullable String cssClass) {
    return new HtmlCell(true, text, span(colspan), span(rowspan), cssClass);
  }

  private static @Nullable Integer span(int n) {
    return n > 1 ? n : null;
  }
}

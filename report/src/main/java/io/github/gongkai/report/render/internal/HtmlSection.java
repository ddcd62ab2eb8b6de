package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * One numbered section: heading, the agency's text split into paragraphs, then its tables.
 *
 * @param number the section numeral, e.g. {@code 三}
 * @param title the section title
 * @param paragraphs paragraphs of the section text (none when the report has no text)
 * @param tables the statistics tables printed in this section
 */
public record HtmlSection(String number, String title, List<String> paragraphs, List<HtmlTable> tables) {
  /** Copies the lists. */
  public HtmlSection {
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
  }
}

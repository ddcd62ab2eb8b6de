package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * The whole HTML page.
 *
 * @param title page title and heading, e.g. {@code 某局2024年政府信息公开工作年度报告}
 * @param documentNumber the format's document number, e.g. {@code 国办公开办函〔2021〕30号}
 * @param formatTitle the format's title
 * @param sections the report's sections in order
 */
public record HtmlPage(String title, String documentNumber, String formatTitle, List<HtmlSection> sections) {
  /** Copies the list. */
  public HtmlPage {
    sections = List.copyOf(sections);
  }
}

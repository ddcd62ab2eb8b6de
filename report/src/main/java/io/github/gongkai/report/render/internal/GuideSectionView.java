package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * One section of a disclosure guide.
 *
 * @param heading e.g. {@code 二、受理机构}
 * @param paragraphs paragraphs, before the list
 * @param items list items
 * @param ordered whether the list is numbered (the procedure's steps)
 */
public record GuideSectionView(String heading, List<String> paragraphs, List<String> items, boolean ordered) {
  /** Copies the lists. */
  public GuideSectionView {
    paragraphs = List.copyOf(paragraphs);
    items = List.copyOf(items);
  }
}

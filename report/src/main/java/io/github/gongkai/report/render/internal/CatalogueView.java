package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * A catalogue page: the guide's sections (if a guide was given), then the catalogue's classes.
 *
 * @param title page title and first heading
 * @param guide the guide, or an empty list of sections when none was given
 * @param catalogueTitle heading of the catalogue part
 * @param catalogueNotes lines under the catalogue heading (edition, compilation date)
 * @param classes every class and sub-class in catalogue order
 */
public record CatalogueView(
    String title,
    List<GuideSectionView> guide,
    String catalogueTitle,
    List<String> catalogueNotes,
    List<CatalogueClassView> classes) {
  /** Copies the lists. */
  public CatalogueView {
    guide = List.copyOf(guide);
    catalogueNotes = List.copyOf(catalogueNotes);
    classes = List.copyOf(classes);
  }
}

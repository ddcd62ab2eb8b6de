package io.github.gongkai.report.render.internal;

import java.util.List;

/**
 * An inline SVG bar chart with its geometry computed.
 *
 * @param id the {@code figure} element id
 * @param caption caption and accessible label
 * @param width SVG width in pixels
 * @param height SVG height in pixels
 * @param color bar fill colour, a {@code #rrggbb} constant of the renderer
 * @param bars the bars, top to bottom
 */
public record BarChart(String id, String caption, int width, int height, String color, List<Bar> bars) {
  /** Copies the list. */
  public BarChart {
    bars = List.copyOf(bars);
  }

  /**
   * One bar: a right-aligned label, the bar, and its value after the bar.
   *
   * @param label the label (escaped by the template)
   * @param labelX right edge of the label
   * @param textY baseline of label and value
   * @param barX left edge of the bar
   * @param barY top of the bar
   * @param barWidth width of the bar
   * @param barHeight height of the bar
   * @param valueX left edge of the value
   * @param value the value as printed
   */
  public record Bar(
      String label, int labelX, int textY, int barX, int barY, long barWidth, int barHeight, long valueX, String value) {}
}

package io.github.gongkai.letters.render.internal;

/**
 * The page of GB/T 9704-2012《党政机关公文格式》 5.2: A4 paper, top margin 37 mm, left 28 mm, a text
 * block of 156 mm × 225 mm (so right 26 mm and bottom 35 mm), 22 lines of 28 characters in 3号
 * (16 pt) type; page numbers in 4号 (14 pt) type 7 mm below the text block (7.5). Word measures in
 * twips (1/20 pt, 1/1440 inch) and pictures in EMU (1/360 000 cm).
 */
public final class PageGeometry {
  private PageGeometry() {}

  /** A4 width. */
  public static final double PAGE_WIDTH_MM = 210;
  /** A4 height. */
  public static final double PAGE_HEIGHT_MM = 297;
  /** Top margin (天头). */
  public static final double TOP_MM = 37;
  /** Left margin (订口). */
  public static final double LEFT_MM = 28;
  /** Right margin: 210 − 28 − 156. */
  public static final double RIGHT_MM = 26;
  /** Bottom margin: 297 − 37 − 225. */
  public static final double BOTTOM_MM = 35;
  /** Lines per page. */
  public static final int LINES = 22;
  /** Characters per line. */
  public static final int CHARS = 28;
  /** Body type size, 3号. */
  public static final double BODY_PT = 16;
  /** Title type size, 2号. */
  public static final double TITLE_PT = 22;
  /** Page number type size, 4号. */
  public static final double PAGE_NUMBER_PT = 14;
  /** Distance of the page number below the text block. */
  public static final double PAGE_NUMBER_GAP_MM = 7;
  /** Diameter of an agency seal (公章), 42 mm. */
  public static final double SEAL_MM = 42;

  /**
   * Millimetres to twips, rounded.
   *
   * @param mm millimetres
   * @return twips
   */
  public static int twips(double mm) {
    return (int) Math.round(mm * 1440 / 25.4);
  }

  /**
   * Millimetres to EMU.
   *
   * @param mm millimetres
   * @return EMU
   */
  public static int emu(double mm) {
    return (int) Math.round(mm * 36_000);
  }

  /**
   * Points to EMU.
   *
   * @param pt points
   * @return EMU
   */
  public static int emuOfPoints(double pt) {
    return (int) Math.round(pt * 12_700);
  }

  /**
   * The width of the text block.
   *
   * @return twips
   */
  public static int textWidthTwips() {
    return twips(PAGE_WIDTH_MM) - twips(LEFT_MM) - twips(RIGHT_MM);
  }

  /**
   * The height of the text block.
   *
   * @return twips
   */
  public static int textHeightTwips() {
    return twips(PAGE_HEIGHT_MM) - twips(TOP_MM) - twips(BOTTOM_MM);
  }

  /**
   * The line pitch that puts {@value #LINES} lines in the text block (rounded down, so that the
   * last line fits): 579 twips, 28.95 pt.
   *
   * @return twips
   */
  public static int linePitchTwips() {
    return textHeightTwips() / LINES;
  }

  /**
   * The character spacing that puts {@value #CHARS} characters of {@value #BODY_PT} pt on a line
   * of the text block: the largest whole number of twips (a run's {@code w:spacing}), negative,
   * that condenses each character enough; −5 twips (−0.25 pt) on the 156 mm line. A run property
   * rather than Word's character grid ({@code linesAndChars}), which LibreOffice lays out with
   * wider cells.
   *
   * @return twips, added to each character's advance
   */
  public static int bodyCharacterSpacingTwips() {
    return (int) Math.floor((double) textWidthTwips() / CHARS - BODY_PT * 20);
  }
}

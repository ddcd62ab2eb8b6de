package io.github.gongkai.letters.render;

import static io.github.gongkai.letters.render.internal.PageGeometry.BODY_PT;
import static io.github.gongkai.letters.render.internal.PageGeometry.PAGE_NUMBER_PT;
import static io.github.gongkai.letters.render.internal.PageGeometry.TITLE_PT;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.Letterhead;
import io.github.gongkai.letters.render.internal.LetterLayout;
import io.github.gongkai.letters.render.internal.PageGeometry;
import io.github.gongkai.letters.render.internal.Seal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTEffectExtent;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosV;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromV;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a letter as a Word document (Office Open XML, {@code .docx}) through Apache POI, laid out
 * after the essentials of GB/T 9704-2012《党政机关公文格式》:
 *
 * <ul>
 *   <li>A4 portrait; margins top 37 mm, left 28 mm, bottom 35 mm, right 26 mm (a 156 mm × 225 mm text
 *       block); 22 lines of 28 characters: a line grid and exact line spacing of 28.95 pt, body text
 *       condensed by 0.25 pt a character (Word's character grid is not used: LibreOffice lays it
 *       out with wider cells);
 *   <li>the document number (发文字号) centred, the title two lines below it in 2号 (22 pt) 方正小标宋简体,
 *       centred, one blank line, then the paragraphs in 3号 (16 pt) 仿宋: the salutation flush left,
 *       every other paragraph justified with a two-character first-line indent (numbered items keep
 *       the numbers their text already has);
 *   <li>one blank line, then the issuer and the date line right-aligned four characters from the
 *       right edge, with the letterhead's seal image, 42 mm wide, anchored behind them;
 *   <li>page numbers in 4号 (14 pt) 宋体 as {@code — 1 —}: right on odd pages, left on even pages,
 *       one character in from the edge, 7 mm below the text block.
 * </ul>
 *
 * <p>Body runs name {@value #BODY_FONT} for Latin text and {@value #BODY_EAST_ASIA_FONT} as the East
 * Asian font, which every Chinese Windows has. An English letter has the same structure in Times New
 * Roman: 12 pt body without indent, a 14 pt bold title, 1.15 line spacing.
 *
 * <p>The output is reproducible: the core properties are fixed (creator = issuer, created and
 * modified = the letter's date at 00:00 UTC) and every zip entry carries that time, so the same
 * letter gives the same bytes. Immutable and thread-safe.
 */
public final class DocxLetterWriter implements LetterWriter {
  /** The body font (ascii and hAnsi) of a Chinese letter. */
  public static final String BODY_FONT = "仿宋_GB2312";
  /** The East Asian body font of a Chinese letter. */
  public static final String BODY_EAST_ASIA_FONT = "仿宋";
  /** The title font of a Chinese letter. */
  public static final String TITLE_FONT = "方正小标宋简体";
  /** The page number font of a Chinese letter. */
  public static final String PAGE_NUMBER_FONT = "宋体";
  /** The font of an English letter. */
  public static final String LATIN_FONT = "Times New Roman";

  /** Fonts and sizes of one language. */
  private record Style(
      String bodyFont,
      String bodyEastAsiaFont,
      double bodyPt,
      String titleFont,
      double titlePt,
      boolean titleBold,
      String pageNumberFont,
      double pageNumberPt,
      boolean chinese) {}

  private static final Style ZH = new Style(
      BODY_FONT, BODY_EAST_ASIA_FONT, BODY_PT, TITLE_FONT, TITLE_PT, false, PAGE_NUMBER_FONT,
      PAGE_NUMBER_PT, true);
  private static final Style EN = new Style(
      LATIN_FONT, LATIN_FONT, 12, LATIN_FONT, 14, true, LATIN_FONT, 12, false);

  private final @Nullable Seal seal;

  /** A writer without a seal. */
  public DocxLetterWriter() {
    this.seal = null;
  }

  /**
   * A writer that prints the letterhead's seal image over the signature, if it has one.
   *
   * @param letterhead the agency's letterhead
   * @throws GongkaiException when the seal image cannot be read or is not a PNG image
   */
  public DocxLetterWriter(Letterhead letterhead) {
    Path image = letterhead.getSealImage();
    this.seal = image == null ? null : Seal.read(image);
  }

  @Override
  public LetterFormat format() {
    return LetterFormat.DOCX;
  }

  /**
   * The letter as the bytes of a Word document.
   *
   * @param letter the letter
   * @return the document
   */
  public byte[] toBytes(Letter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(letter, out);
    return out.toByteArray();
  }

  @Override
  public void write(Letter letter, OutputStream out) {
    Style style = LetterLayout.chinese(letter) ? ZH : EN;
    LocalDateTime midnight = letter.getDate().atStartOfDay();
    String created = DateTimeFormatter.ISO_INSTANT.format(midnight.toInstant(ZoneOffset.UTC));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc, style);
      defaults(doc, style);
      body(doc, letter, style);
      footers(doc, style);
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setCreator(letter.getIssuer());
      core.setTitle(letter.getTitle());
      core.setCreated(created);
      core.setModified(created);
      doc.write(buffer);
    } catch (IOException | InvalidFormatException e) {
      throw new GongkaiException("cannot write the Word document", e);
    }
    try {
      restamp(buffer.toByteArray(), midnight, out);
      out.flush();
    } catch (IOException e) {
      throw new GongkaiException("cannot write the Word document", e);
    }
  }

  /**
   * Copies the package with every entry's time set to {@code time} (a zip entry's local date and
   * time, independent of the default time zone), for reproducible bytes.
   */
  private static void restamp(byte[] docx, LocalDateTime time, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
  }

  private static void page(XWPFDocument doc, Style style) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.PAGE_WIDTH_MM)));
    size.setH(BigInteger.valueOf(PageGeometry.twips(PageGeometry.PAGE_HEIGHT_MM)));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(PageGeometry.twips(PageGeometry.TOP_MM)));
    mar.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.BOTTOM_MM)));
    mar.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.LEFT_MM)));
    mar.setRight(BigInteger.valueOf(PageGeometry.twips(PageGeometry.RIGHT_MM)));
    mar.setHeader(BigInteger.valueOf(PageGeometry.twips(15)));
    // the page number's top 7 mm below the text block: footer distance = bottom − 7 mm − one line of it
    mar.setFooter(BigInteger.valueOf(
        PageGeometry.twips(PageGeometry.BOTTOM_MM - PageGeometry.PAGE_NUMBER_GAP_MM)
            - (int) Math.round(style.pageNumberPt() * 20)));
    mar.setGutter(BigInteger.ZERO);
    if (style.chinese()) {
      CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
      grid.setType(STDocGrid.LINES);
      grid.setLinePitch(BigInteger.valueOf(PageGeometry.linePitchTwips()));
    }
  }

  /** The document defaults: the body font, size and line spacing, for blank lines too. */
  private static void defaults(XWPFDocument doc, Style style) {
    CTDocDefaults defaults = doc.createStyles().getCtStyles().isSetDocDefaults()
        ? doc.getStyles().getCtStyles().getDocDefaults()
        : doc.getStyles().getCtStyles().addNewDocDefaults();
    CTRPr rpr = defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
        ? defaults.getRPrDefault().getRPr()
        : (defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault()).addNewRPr();
    fonts(rpr.addNewRFonts(), style.bodyFont(), style.bodyEastAsiaFont());
    if (style.chinese()) {
      rpr.addNewSpacing().setVal(BigInteger.valueOf(PageGeometry.bodyCharacterSpacingTwips()));
    }
    halfPoints(rpr.addNewSz(), style.bodyPt());
    halfPoints(rpr.addNewSzCs(), style.bodyPt());
    CTPPrGeneral ppr = (defaults.isSetPPrDefault() ? defaults.getPPrDefault() : defaults.addNewPPrDefault())
        .addNewPPr();
    lineSpacing(ppr.addNewSpacing(), style);
  }

  private static void lineSpacing(CTSpacing spacing, Style style) {
    spacing.setBefore(BigInteger.ZERO);
    if (style.chinese()) {
      spacing.setAfter(BigInteger.ZERO);
      spacing.setLine(BigInteger.valueOf(PageGeometry.linePitchTwips()));
      spacing.setLineRule(STLineSpacingRule.EXACT);
    } else {
      spacing.setAfter(BigInteger.valueOf(120));
      spacing.setLine(BigInteger.valueOf(276));
      spacing.setLineRule(STLineSpacingRule.AUTO);
    }
  }

  private void body(XWPFDocument doc, Letter letter, Style style)
      throws IOException, InvalidFormatException {
    String number = letter.getDocumentNumber();
    if (number != null) {
      XWPFParagraph p = paragraph(doc, style, ParagraphAlignment.CENTER);
      bodyRun(p, number, style);
      // GB/T 9704-2012 7.3.1: the title two lines below the red separator line (发文字号 above it)
      blank(doc, style);
      blank(doc, style);
    }
    XWPFParagraph title = paragraph(doc, style, ParagraphAlignment.CENTER);
    // off the line grid: a 22 pt line of a CJK font is taller than one grid line, and a renderer
    // that snaps it would give the title two; the exact spacing keeps it to one
    title.getCTPPr().addNewSnapToGrid().setVal("0");
    run(title, letter.getTitle(), style.titleFont(), style.titleFont(), style.titlePt(), style.titleBold());
    blank(doc, style);
    for (LetterParagraph lp : letter.getParagraphs()) {
      boolean flush = LetterLayout.flushLeft(lp.getRole());
      XWPFParagraph p = paragraph(doc, style, flush ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
      if (!flush && style.chinese()) {
        CTInd ind = p.getCTPPr().isSetInd() ? p.getCTPPr().getInd() : p.getCTPPr().addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(Math.round(style.bodyPt() * 20 * 2)));
      }
      bodyRun(p, lp.getText().strip(), style);
    }
    blank(doc, style);
    int rightIndent = style.chinese() ? (int) Math.round(style.bodyPt() * 20 * 4) : 0;
    XWPFParagraph issuer = paragraph(doc, style, ParagraphAlignment.RIGHT);
    if (rightIndent > 0) {
      issuer.setIndentationRight(rightIndent);
    }
    Seal image = seal;
    if (image != null) {
      placeSeal(issuer, image, letter, style, rightIndent);
    }
    bodyRun(issuer, letter.getIssuer(), style);
    XWPFParagraph date = paragraph(doc, style, ParagraphAlignment.RIGHT);
    if (rightIndent > 0) {
      date.setIndentationRight(rightIndent);
    }
    bodyRun(date, letter.getDateLine(), style);
  }

  /**
   * Anchors the seal behind the signature (GB/T 9704-2012 7.3.5.1: the seal centred over the issuer
   * and date, the text slightly below its centre), horizontally centred on the date line.
   */
  private static void placeSeal(XWPFParagraph issuer, Seal seal, Letter letter, Style style, int rightIndent)
      throws IOException, InvalidFormatException {
    int width = PageGeometry.emu(PageGeometry.SEAL_MM);
    int height = seal.heightFor(width);
    XWPFRun run = issuer.createRun();
    run.addPicture(new ByteArrayInputStream(seal.png()), PictureType.PNG, "seal.png", width, height);
    CTDrawing drawing = run.getCTR().getDrawingArray(0);
    CTInline inline = drawing.getInlineArray(0);
    CTAnchor anchor = drawing.addNewAnchor();
    anchor.setDistT(0);
    anchor.setDistB(0);
    anchor.setDistL(0);
    anchor.setDistR(0);
    anchor.setSimplePos2(false);
    anchor.setRelativeHeight(0);
    anchor.setBehindDoc(true);
    anchor.setLocked(false);
    anchor.setLayoutInCell(true);
    anchor.setAllowOverlap(true);
    anchor.addNewSimplePos().setX(0L);
    anchor.getSimplePos().setY(0L);
    double lineEmu = style.chinese()
        ? PageGeometry.linePitchTwips() * 635.0
        : PageGeometry.emuOfPoints(style.bodyPt() * 1.15);
    double charEmu = PageGeometry.emuOfPoints(style.bodyPt());
    // a full-width character is one em wide, a Latin one about half
    double dateWidth = LetterLayout.widthInChars(letter.getDateLine()) * charEmu;
    double textWidth = PageGeometry.textWidthTwips() * 635.0;
    CTPosH h = anchor.addNewPositionH();
    h.setRelativeFrom(STRelFromH.MARGIN);
    // centred on the date line, but not past the text block's right edge
    double left = Math.min(textWidth - rightIndent * 635.0 - dateWidth / 2 - width / 2.0, textWidth - width);
    h.setPosOffset((int) Math.round(left));
    CTPosV v = anchor.addNewPositionV();
    v.setRelativeFrom(STRelFromV.PARAGRAPH);
    // centre on the two lines (issuer and date), raised a quarter line so the text sits below centre
    v.setPosOffset((int) Math.round(lineEmu - height / 2.0 - lineEmu / 4));
    anchor.setExtent(inline.getExtent());
    CTEffectExtent effect = anchor.addNewEffectExtent();
    effect.setL(0L);
    effect.setT(0L);
    effect.setR(0L);
    effect.setB(0L);
    anchor.addNewWrapNone();
    anchor.setDocPr(inline.getDocPr());
    // drawing object ids start at 1 in Word's documents; the only drawing is the seal
    anchor.getDocPr().setId(1);
    anchor.addNewCNvGraphicFramePr();
    anchor.setGraphic(inline.getGraphic());
    drawing.removeInline(0);
  }

  private static void footers(XWPFDocument doc, Style style) {
    doc.setEvenAndOddHeadings(true);
    footer(doc.createFooter(HeaderFooterType.DEFAULT), style, ParagraphAlignment.RIGHT);
    footer(doc.createFooter(HeaderFooterType.EVEN), style, ParagraphAlignment.LEFT);
  }

  /** A page number {@code — N —} (GB/T 9704-2012 7.5), one character in from the edge. */
  private static void footer(XWPFFooter footer, Style style, ParagraphAlignment align) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphArray(0);
    p.setAlignment(align);
    CTSpacing spacing = p.getCTPPr().isSetSpacing() ? p.getCTPPr().getSpacing() : p.getCTPPr().addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(Math.round(style.pageNumberPt() * 20)));
    spacing.setLineRule(STLineSpacingRule.AT_LEAST);
    int oneChar = (int) Math.round(style.pageNumberPt() * 20);
    if (align == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(oneChar);
    } else {
      p.setIndentationLeft(oneChar);
    }
    run(p, "— ", style.pageNumberFont(), style.pageNumberFont(), style.pageNumberPt(), false);
    // a complex field: begin, instruction, separator, the last value shown, end
    fieldChar(p, style, STFldCharType.BEGIN);
    XWPFRun instruction = p.createRun();
    fonts(instruction, style.pageNumberFont(), style.pageNumberFont(), style.pageNumberPt());
    instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
    fieldChar(p, style, STFldCharType.SEPARATE);
    run(p, "1", style.pageNumberFont(), style.pageNumberFont(), style.pageNumberPt(), false);
    fieldChar(p, style, STFldCharType.END);
    run(p, " —", style.pageNumberFont(), style.pageNumberFont(), style.pageNumberPt(), false);
  }

  private static void fieldChar(XWPFParagraph p, Style style, STFldCharType.Enum type) {
    XWPFRun r = p.createRun();
    fonts(r, style.pageNumberFont(), style.pageNumberFont(), style.pageNumberPt());
    r.getCTR().addNewFldChar().setFldCharType(type);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, Style style, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    lineSpacing(p.getCTPPr().isSetSpacing() ? p.getCTPPr().getSpacing() : p.getCTPPr().addNewSpacing(), style);
    return p;
  }

  private static void blank(XWPFDocument doc, Style style) {
    paragraph(doc, style, ParagraphAlignment.LEFT);
  }

  private static XWPFRun run(
      XWPFParagraph p, String text, String font, String eastAsiaFont, double pt, boolean bold) {
    return run(p, text, font, eastAsiaFont, pt, bold, 0);
  }

  /**
   * A run; its properties are set in the order the schema gives them (rFonts, b, spacing, sz,
   * szCs), since XMLBeans appends them in call order and Word reads them in schema order.
   */
  private static XWPFRun run(
      XWPFParagraph p, String text, String font, String eastAsiaFont, double pt, boolean bold, int spacing) {
    XWPFRun r = p.createRun();
    r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(font, XWPFRun.FontCharRange.cs);
    r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
    if (bold) {
      r.setBold(true);
    }
    if (spacing != 0) {
      r.setCharacterSpacing(spacing);
    }
    r.setFontSize(pt);
    r.setComplexScriptFontSize(pt);
    r.setText(text);
    return r;
  }

  /** A run of body text: in a Chinese letter condensed to 28 characters a line (GB/T 9704-2012 5.2.2). */
  private static void bodyRun(XWPFParagraph p, String text, Style style) {
    run(p, text, style.bodyFont(), style.bodyEastAsiaFont(), style.bodyPt(), false,
        style.chinese() ? PageGeometry.bodyCharacterSpacingTwips() : 0);
  }

  private static void fonts(XWPFRun r, String font, String eastAsiaFont, double pt) {
    r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(font, XWPFRun.FontCharRange.cs);
    r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(pt);
    r.setComplexScriptFontSize(pt);
  }

  private static void fonts(CTFonts fonts, String font, String eastAsiaFont) {
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(eastAsiaFont);
  }

  private static void halfPoints(CTHpsMeasure m, double pt) {
    m.setVal(BigInteger.valueOf(Math.round(pt * 2)));
  }
}

package io.github.gongkai.letters.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.Letterhead;
import io.github.gongkai.letters.ParagraphRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Reads the written documents back with POI and checks them against GB/T 9704-2012. */
class DocxLetterWriterTest {
  private final DocxLetterWriter writer = new DocxLetterWriter();

  /** GB/T 9704-2012 5.2.1 and 5.2.2, in millimetres, converted here independently: 1 in = 25.4 mm = 1440 twips. */
  private static long twips(double mm) {
    return Math.round(mm / 25.4 * 1440);
  }

  private static long value(Object o) {
    return ((Number) o).longValue();
  }

  private static XWPFDocument read(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  @Test
  void a4WithTheGbMarginsAndTwentyTwoLinesOnTheTextBlock() throws IOException {
    try (XWPFDocument doc = read(writer.toBytes(SampleLetters.zhAnswer()))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      CTPageSz size = sect.getPgSz();
      assertThat(value(size.getW())).isEqualTo(twips(210));
      assertThat(value(size.getH())).isEqualTo(twips(297));
      CTPageMar mar = sect.getPgMar();
      assertThat(value(mar.getTop())).isEqualTo(twips(37));
      assertThat(value(mar.getLeft())).isEqualTo(twips(28));
      assertThat(value(mar.getBottom())).isEqualTo(twips(35));
      assertThat(value(mar.getRight())).isEqualTo(twips(26));
      // the text block is 156 mm x 225 mm, within rounding
      assertThat(value(size.getW()) - value(mar.getLeft()) - value(mar.getRight())).isBetween(twips(156) - 1, twips(156) + 1);
      long textHeight = value(size.getH()) - value(mar.getTop()) - value(mar.getBottom());
      assertThat(textHeight).isBetween(twips(225) - 1, twips(225) + 1);
      // 22 lines fit, 23 do not; the grid and every paragraph use that pitch, exactly (~28.95 pt)
      long pitch = sect.getDocGrid().getLinePitch().longValue();
      assertThat(pitch * 22).isLessThanOrEqualTo(textHeight);
      assertThat(pitch * 23).isGreaterThan(textHeight);
      assertThat(pitch / 20.0).isCloseTo(28.95, org.assertj.core.data.Offset.offset(0.05));
      for (XWPFParagraph p : doc.getParagraphs()) {
        CTSpacing spacing = p.getCTPPr().getSpacing();
        assertThat(spacing.getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
        assertThat(value(spacing.getLine())).isEqualTo(pitch);
      }
      assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES);
      // 28 characters of 16 pt (320 twips each, condensed by the run's spacing) fit on the 156 mm
      // line, 29 do not
      long textWidth = value(size.getW()) - value(mar.getLeft()) - value(mar.getRight());
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          if (r.getFontSizeAsDouble() == 16.0) {
            long advance = 320 + r.getCharacterSpacing();
            assertThat(28 * advance).as(p.getText()).isLessThanOrEqualTo(textWidth);
            assertThat(29 * advance).as(p.getText()).isGreaterThan(textWidth);
          }
        }
      }
    }
  }

  @Test
  void paragraphsInOrderNumberTwoLinesAboveTheTitleSignatureAtTheEnd() throws IOException {
    Letter letter = SampleLetters.zhAnswer();
    List<String> expected = new ArrayList<>();
    expected.add(letter.getDocumentNumber());
    expected.add("");
    expected.add("");
    expected.add(letter.getTitle());
    expected.add("");
    letter.getParagraphs().forEach(p -> expected.add(p.getText()));
    expected.add("");
    expected.add(letter.getIssuer());
    expected.add(letter.getDateLine());
    try (XWPFDocument doc = read(writer.toBytes(letter))) {
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void noDocumentNumberPutsTheTitleFirst() throws IOException {
    Letter notice = SampleLetters.zhNotice();
    try (XWPFDocument doc = read(writer.toBytes(notice))) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(notice.getTitle());
      assertThat(doc.getParagraphs().get(2).getText()).isEqualTo(notice.getParagraphs().get(0).getText());
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("2. 申请人的联系方式 & 通讯地址。");
    }
  }

  private static XWPFParagraph find(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
  }

  private static void assertFonts(XWPFParagraph p, String ascii, String eastAsia, double pt) {
    assertThat(p.getRuns()).isNotEmpty();
    for (XWPFRun r : p.getRuns()) {
      assertThat(r.getFontFamily(FontCharRange.ascii)).as(p.getText()).isEqualTo(ascii);
      assertThat(r.getFontFamily(FontCharRange.hAnsi)).as(p.getText()).isEqualTo(ascii);
      assertThat(r.getFontFamily(FontCharRange.eastAsia)).as(p.getText()).isEqualTo(eastAsia);
      assertThat(r.getFontSizeAsDouble()).as(p.getText()).isEqualTo(pt);
    }
  }

  @Test
  void chineseFontsSizesAlignmentAndIndents() throws IOException {
    Letter letter = SampleLetters.zhAnswer();
    try (XWPFDocument doc = read(writer.toBytes(letter))) {
      XWPFParagraph title = find(doc, letter.getTitle());
      // 2号方正小标宋简体, centred
      assertFonts(title, "方正小标宋简体", "方正小标宋简体", 22);
      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      // one line of the page, not snapped to two grid lines
      assertThat(title.getCTPPr().getSnapToGrid().getVal()).isIn("0", "false", false);
      XWPFParagraph number = find(doc, letter.getDocumentNumber());
      assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertFonts(number, "仿宋_GB2312", "仿宋", 16);
      for (LetterParagraph lp : letter.getParagraphs()) {
        XWPFParagraph p = find(doc, lp.getText());
        // 3号仿宋
        assertFonts(p, "仿宋_GB2312", "仿宋", 16);
        if (lp.getRole() == ParagraphRole.SALUTATION) {
          assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
          assertThat(p.getCTPPr().isSetInd()).isFalse();
        } else {
          assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
          // two characters of 16 pt: 2 x 16 x 20 twips, and 200 hundredths of a character
          assertThat(value(p.getCTPPr().getInd().getFirstLine())).isEqualTo(640);
          assertThat(p.getCTPPr().getInd().getFirstLineChars().intValue()).isEqualTo(200);
        }
      }
      for (String s : new String[] {letter.getIssuer(), letter.getDateLine()}) {
        XWPFParagraph p = find(doc, s);
        assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertFonts(p, "仿宋_GB2312", "仿宋", 16);
        // 右空四字
        assertThat(p.getIndentationRight()).isEqualTo(4 * 16 * 20);
      }
    }
  }

  @Test
  void englishLettersUseTimesNewRomanTwelvePoint() throws IOException {
    Letter letter = SampleLetters.enAnswer();
    try (XWPFDocument doc = read(writer.toBytes(letter))) {
      XWPFParagraph title = find(doc, letter.getTitle());
      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      for (LetterParagraph lp : letter.getParagraphs()) {
        XWPFParagraph p = find(doc, lp.getText());
        assertFonts(p, "Times New Roman", "Times New Roman", 12);
        assertThat(p.getCTPPr().isSetInd()).isFalse();
        assertThat(p.getRuns().get(0).getCharacterSpacing()).isZero();
      }
      assertThat(find(doc, letter.getIssuer()).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      assertThat(find(doc, letter.getDateLine()).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getTop()).matches(t -> value(t) == twips(37));
    }
  }

  @Test
  void footersCarryAPageFieldBetweenDashesInSongTi() throws IOException {
    try (XWPFDocument doc = read(writer.toBytes(SampleLetters.zhAnswer()))) {
      assertThat(doc.getFooterList()).hasSize(2);
      assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
      List<ParagraphAlignment> alignments = new ArrayList<>();
      for (XWPFFooter footer : doc.getFooterList()) {
        XWPFParagraph p = footer.getParagraphs().get(0);
        alignments.add(p.getAlignment());
        assertThat(p.getText()).startsWith("— ").endsWith(" —");
        List<String> instructions = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
          r.getCTR().getInstrTextList().forEach(t -> instructions.add(t.getStringValue().strip()));
          // 4号宋体
          assertThat(r.getFontFamily(FontCharRange.eastAsia)).isEqualTo("宋体");
          assertThat(r.getFontFamily(FontCharRange.ascii)).isEqualTo("宋体");
          assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
        }
        assertThat(instructions).containsExactly("PAGE");
      }
      // odd pages right, even pages left
      assertThat(alignments).containsExactlyInAnyOrder(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT);
    }
  }

  @Test
  void theSealIsAnchoredBehindTheSignatureOnlyWhenGiven(@TempDir Path dir) throws IOException {
    Letter letter = SampleLetters.zhAnswer();
    try (XWPFDocument doc = read(writer.toBytes(letter))) {
      assertThat(doc.getAllPictures()).isEmpty();
    }
    Path seal = SampleLetters.sealPng(dir);
    DocxLetterWriter sealed = new DocxLetterWriter(
        Letterhead.builder().agency(letter.getIssuer()).sealImage(seal).build());
    try (XWPFDocument doc = read(sealed.toBytes(letter))) {
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(doc.getAllPictures().get(0).getData()).isEqualTo(Files.readAllBytes(seal));
      XWPFParagraph issuer = find(doc, letter.getIssuer());
      var drawings = issuer.getRuns().stream().flatMap(r -> r.getCTR().getDrawingList().stream()).toList();
      assertThat(drawings).hasSize(1);
      assertThat(drawings.get(0).getInlineList()).isEmpty();
      assertThat(drawings.get(0).getAnchorList()).hasSize(1);
      var anchor = drawings.get(0).getAnchorList().get(0);
      assertThat(anchor.getBehindDoc()).isTrue();
      // 42 mm across (36 000 EMU per mm); the test image is square
      assertThat(anchor.getExtent().getCx()).isEqualTo(42 * 36_000L);
      assertThat(anchor.getExtent().getCy()).isEqualTo(42 * 36_000L);
    }
    assertThat(new DocxLetterWriter(Letterhead.of("甲")).toBytes(letter)).isEqualTo(writer.toBytes(letter));
  }

  @Test
  void theMainPartStylesAndFootersAreValidAgainstTheOfficeOpenXmlSchema(@TempDir Path dir) throws IOException {
    // Word reads run and drawing properties in schema order and refuses missing required attributes
    Path seal = SampleLetters.sealPng(dir);
    DocxLetterWriter sealed = new DocxLetterWriter(Letterhead.builder().agency("甲").sealImage(seal).build());
    for (Letter letter : List.of(SampleLetters.zhAnswer(), SampleLetters.enAnswer())) {
      try (XWPFDocument doc = read(sealed.toBytes(letter))) {
        assertThat(doc.getDocument().validate()).as(letter.getLanguage() + " document").isTrue();
        assertThat(doc.getStyles().getCtStyles().validate()).as(letter.getLanguage() + " styles").isTrue();
        for (XWPFFooter footer : doc.getFooterList()) {
          assertThat(footer._getHdrFtr().validate()).as(letter.getLanguage() + " footer").isTrue();
        }
      }
    }
  }

  @Test
  void aSealThatIsNotAPngIsRefused(@TempDir Path dir) throws IOException {
    Path fake = Files.write(dir.resolve("seal.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Letterhead head = Letterhead.builder().agency("甲").sealImage(fake).build();
    assertThatThrownBy(() -> new DocxLetterWriter(head)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("PNG");
  }

  @Test
  void reproducibleWithFixedCoreProperties() throws IOException, InterruptedException {
    Letter letter = SampleLetters.zhAnswer();
    byte[] first = writer.toBytes(letter);
    Thread.sleep(1100);
    assertThat(writer.toBytes(letter)).isEqualTo(first);
    try (XWPFDocument doc = read(first)) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getCreator()).isEqualTo(letter.getIssuer());
      assertThat(core.getTitle()).isEqualTo(letter.getTitle());
      assertThat(core.getCreated())
          .isEqualTo(Date.from(letter.getDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
  }

  @Test
  void writesASampleForTheLibreOfficeScript(@TempDir Path dir) throws IOException {
    // target/letters-samples/answer-zh.docx is what scripts/letter-pdf.sh converts in the README
    Path out = Path.of("target", "letters-samples");
    Files.createDirectories(out);
    Path seal = SampleLetters.sealPng(dir);
    DocxLetterWriter sealed = new DocxLetterWriter(
        Letterhead.builder().agency("江河市自然资源和规划局").sealImage(seal).build());
    Files.write(out.resolve("answer-zh.docx"), sealed.toBytes(SampleLetters.zhAnswer()));
    Files.write(out.resolve("answer-en.docx"), sealed.toBytes(SampleLetters.enAnswer()));
    Files.write(out.resolve("correction-zh.docx"), sealed.toBytes(SampleLetters.zhNotice()));
    try (XWPFDocument doc = read(Files.readAllBytes(out.resolve("answer-zh.docx")))) {
      assertThat(doc.getAllPictures()).hasSize(1);
    }
    assertThat(LetterFormat.ofCode("docx").writer(null)).isInstanceOf(DocxLetterWriter.class);
    assertThat(LetterFormat.ofCode("html").writer(Letterhead.of("甲")).format()).isEqualTo(LetterFormat.HTML);
    assertThat(LetterFormat.ofCode("txt").writer(null).format()).isEqualTo(LetterFormat.TXT);
    assertThatThrownBy(() -> LetterFormat.ofCode("pdf")).isInstanceOf(InvalidValueException.class);
  }
}

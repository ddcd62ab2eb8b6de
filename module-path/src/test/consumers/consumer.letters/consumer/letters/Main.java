package consumer.letters;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterKind;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.ParagraphRole;
import io.github.gongkai.letters.render.DocxLetterWriter;
import io.github.gongkai.letters.render.HtmlLetterWriter;
import io.github.gongkai.letters.render.LetterFormat;
import io.github.gongkai.letters.render.TextLetterWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Prints one line per result, {@code key=value}, for the test to check. */
public final class Main {
  private Main() {}

  /**
   * Renders one letter in the three formats.
   *
   * @param args ignored
   * @throws IOException never: the document is read from memory
   */
  public static void main(String[] args) throws IOException {
    Letter letter = Letter.builder()
        .kind(LetterKind.ANSWER).regime(Regime.R2019).language("zh").requestId("2024-0001")
        .issuer("江河市自然资源和规划局").documentNumber("江河自然资规公开〔2024〕12号")
        .title("政府信息公开申请答复书").addressee("张三")
        .date(LocalDate.of(2024, 10, 30)).dateLine("2024年10月30日")
        .addParagraphs(LetterParagraph.of(ParagraphRole.SALUTATION, "salutation", "张三：", List.of()))
        .addParagraphs(LetterParagraph.of(ParagraphRole.ANSWER, "answer.ground.released",
            "经审查，您申请获取的信息属于公开范围，现予以公开。",
            List.of(LegalBasis.ofItem(Regime.R2019, 36, 2))))
        .build();
    // the Word document through Apache POI's modules
    byte[] docx = new DocxLetterWriter().toBytes(letter);
    String document = "";
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    System.out.println("docx.title=" + document.contains("政府信息公开申请答复书"));
    System.out.println("docx.font=" + document.contains("仿宋_GB2312"));
    // the HTML page through the precompiled jte template
    String html = new HtmlLetterWriter().render(letter);
    System.out.println("html.role=" + html.contains("data-role=\"answer\""));
    System.out.println("text.indent=" + new TextLetterWriter().render(letter).contains("\u3000\u3000经审查"));
    System.out.println("format=" + LetterFormat.ofCode("docx").writer(null).format().getCode());
  }
}

package io.github.gongkai.letters.render;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterKind;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.ParagraphRole;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/** Letters built by hand for the renderer tests, and the golden-file check. */
final class SampleLetters {
  private SampleLetters() {}

  static final Regime R = Regime.R2019;

  private static LetterParagraph p(ParagraphRole role, String key, String text, LegalBasis... citations) {
    return LetterParagraph.of(role, key, text, List.of(citations));
  }

  /** A partial release answered on 2024-01-02: items, the redaction log, delivery and the remedy. */
  static Letter zhAnswer() {
    LegalBasis interpretation =
        LegalBasis.builder().from(LegalBasis.of(R, 37)).interpretation(true).build();
    return Letter.builder()
        .kind(LetterKind.ANSWER)
        .regime(R)
        .language("zh")
        .requestId("JH-2023-0412")
        .issuer("江河市自然资源和规划局")
        .documentNumber("江河自然资规公开〔2024〕12号")
        .title("政府信息公开申请答复书")
        .addressee("刘娟")
        .date(LocalDate.of(2024, 1, 2))
        .dateLine("2024年1月2日")
        .addParagraphs(
            p(ParagraphRole.SALUTATION, "salutation", "刘娟："),
            p(ParagraphRole.OPENING, "answer.opening",
                "本机关于2023年12月4日收到您提出的政府信息公开申请，您申请获取“江河市2023年度国有建设用地供应计划及其调整情况”。"),
            p(ParagraphRole.ANSWER, "answer.ground.partial",
                "经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，现将可以公开的信息提供给您，具体如下：",
                interpretation),
            p(ParagraphRole.ITEM, "answer.item", "1. 《江河市2023年度国有建设用地供应计划》，予以公开。"),
            p(ParagraphRole.ITEM, "answer.item", "2. 《江河市2023年度国有建设用地供应计划调整审批表》，部分公开。"),
            p(ParagraphRole.REDACTION, "answer.redaction",
                "上述第2项中第三方自然人的姓名、身份证件号码属于个人隐私，公开后会损害第三方合法权益，根据《中华人民共和国政府信息公开条例》第十五条的规定不予公开，已作区分处理。",
                LegalBasis.of(R, 15), LegalBasis.of(R, 37)),
            p(ParagraphRole.DELIVERY, "answer.delivery",
                "上述信息以电子邮件方式提供，请注意查收。",
                LegalBasis.of(R, 40)),
            p(ParagraphRole.REMEDY, "remedy.choice",
                "如对本答复不服，可以在收到本答复之日起六十日内向江河市人民政府申请行政复议，或者在六个月内向江河市东城区人民法院提起行政诉讼。",
                LegalBasis.of(R, 51)),
            p(ParagraphRole.CONTACT, "contact", "联系地址：江河市东城区人民路1号；联系电话：0791-8888 0000。"))
        .build();
  }

  /** The same answer in English, without a document number. */
  static Letter enAnswer() {
    return Letter.builder()
        .kind(LetterKind.ANSWER)
        .regime(R)
        .language("en")
        .requestId("JH-2023-0412")
        .issuer("Jianghe Municipal Bureau of Natural Resources and Planning")
        .title("Reply to a Request for Government Information")
        .addressee("Liu Juan")
        .date(LocalDate.of(2024, 1, 2))
        .dateLine("2 January 2024")
        .addParagraphs(
            p(ParagraphRole.SALUTATION, "salutation", "Dear Liu Juan,"),
            p(ParagraphRole.OPENING, "answer.opening",
                "On 4 December 2023 this agency received your request for \"the 2023 supply plan of state-owned construction land of Jianghe & its changes\"."),
            p(ParagraphRole.ANSWER, "answer.ground.released",
                "The information you requested is disclosed under Art. 36 item 2, Regulations on Open Government Information (2019); it is enclosed.",
                LegalBasis.ofItem(R, 36, 2)),
            p(ParagraphRole.REMEDY, "remedy.choice",
                "If you disagree with this reply you may apply for administrative review to the People's Government of Jianghe within 60 days of receiving it, or bring a lawsuit before the people's court within 6 months.",
                LegalBasis.of(R, 51)))
        .build();
  }

  /** A correction notice (补正告知书) without a document number. */
  static Letter zhNotice() {
    return Letter.builder()
        .kind(LetterKind.CORRECTION)
        .regime(R)
        .language("zh")
        .requestId("JH-2024-0007")
        .issuer("江河市自然资源和规划局")
        .title("补正申请告知书")
        .addressee("王<五>")
        .date(LocalDate.of(2024, 3, 8))
        .dateLine("2024年3月8日")
        .addParagraphs(
            p(ParagraphRole.SALUTATION, "salutation", "王<五>："),
            p(ParagraphRole.OPENING, "correction.opening", "本机关于2024年3月4日收到您提出的政府信息公开申请。"),
            p(ParagraphRole.ANSWER, "correction.ask",
                "经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对下列内容一并作出补正：",
                LegalBasis.of(R, 30)),
            p(ParagraphRole.ITEM, "correction.item", "1. 所需政府信息的名称、文号或者便于查询的其他特征性描述；"),
            p(ParagraphRole.ITEM, "correction.item", "2. 申请人的联系方式 & 通讯地址。"),
            p(ParagraphRole.DEADLINE, "correction.deadline",
                "请于收到本告知书之日起15个工作日内补正。无正当理由逾期不补正的，视为您放弃申请，本机关不再处理该政府信息公开申请。",
                LegalBasis.of(R, 30)))
        .build();
  }

  /** A red ring on a transparent background, like an agency seal, as a PNG file. */
  static Path sealPng(Path dir) throws IOException {
    BufferedImage img = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 20, 20, 230));
    g.setStroke(new BasicStroke(10));
    g.drawOval(8, 8, 224, 224);
    g.fillPolygon(new int[] {120, 132, 165, 138, 148, 120, 92, 102, 75, 108},
        new int[] {70, 104, 104, 124, 158, 138, 158, 124, 104, 104}, 10);
    g.dispose();
    Path file = dir.resolve("seal.png");
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  /**
   * Asserts that a golden file under this package's {@code golden/} holds {@code actual}; with
   * {@code -Dgolden.update=true} writes it instead (run from the module directory), for reviewing
   * the change with {@code git diff}.
   */
  static void assertGolden(String name, String actual) {
    String resource = "golden/" + name;
    if (Boolean.getBoolean("golden.update")) {
      try {
        Path p = Path.of("src/test/resources/io/github/gongkai/letters/render", resource);
        Files.createDirectories(p.getParent());
        Files.writeString(p, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    String expected;
    try (InputStream in = SampleLetters.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + resource + " (run with -Dgolden.update=true)");
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    org.assertj.core.api.Assertions.assertThat(actual).as(resource).isEqualTo(expected);
  }
}

package io.github.gongkai.letters.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.letters.Fixtures;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterComposer;
import io.github.gongkai.letters.LetterInput;
import io.github.gongkai.letters.LetterKind;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.ParagraphRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer letter of every row of table 三, composed from the sample agency's requests: its text
 * form against a golden file, and its Word form read back with POI — the body paragraphs in order,
 * in 仿宋 at 16 pt.
 */
class AnswerLettersTest {
  private static final LetterComposer COMPOSER =
      LetterComposer.of(ChinaCalendars.official(), Fixtures.letterhead());

  static Stream<Arguments> rows() {
    List<Arguments> args = new ArrayList<>();
    int serial = 0;
    for (InformationRequest r : Fixtures.answeredByRow()) {
      serial++;
      Letter letter = COMPOSER.compose(LetterKind.ANSWER,
          LetterInput.builder().request(r).serial(serial).build(), Locale.SIMPLIFIED_CHINESE);
      String row = letter.getRemedy() == null ? "" : letter.getRemedy().getGround().getCode();
      args.add(Arguments.of(String.format(Locale.ROOT, "%02d-%s", serial, row), letter));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void textFormMatchesItsGoldenFile(String name, Letter letter) {
    SampleLetters.assertGolden("answers/" + name + ".txt", new TextLetterWriter().render(letter));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void wordFormHoldsEveryParagraphInOrderInTheBodyFont(String name, Letter letter) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxLetterWriter().toBytes(letter)))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
          .filter(t -> !t.isEmpty()).toList();
      List<String> expected = new ArrayList<>();
      if (letter.getDocumentNumber() != null) {
        expected.add(letter.getDocumentNumber());
      }
      expected.add(letter.getTitle());
      letter.getParagraphs().stream().map(LetterParagraph::getText).forEach(expected::add);
      expected.add(letter.getIssuer());
      expected.add(letter.getDateLine());
      assertThat(texts).as(name).containsExactlyElementsOf(expected);
      for (LetterParagraph p : letter.paragraphs(ParagraphRole.ANSWER)) {
        XWPFParagraph para = doc.getParagraphs().stream().filter(x -> x.getText().strip().equals(p.getText()))
            .findFirst().orElseThrow();
        for (XWPFRun run : para.getRuns()) {
          assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo(DocxLetterWriter.BODY_EAST_ASIA_FONT);
          assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo(DocxLetterWriter.BODY_FONT);
          assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
        }
      }
    }
  }
}

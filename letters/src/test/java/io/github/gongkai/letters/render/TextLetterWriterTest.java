package io.github.gongkai.letters.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.ParagraphRole;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLetterWriterTest {
  private final TextLetterWriter writer = new TextLetterWriter();

  @Test
  void golden() {
    SampleLetters.assertGolden("answer-zh.txt", writer.render(SampleLetters.zhAnswer()));
    SampleLetters.assertGolden("answer-en.txt", writer.render(SampleLetters.enAnswer()));
    SampleLetters.assertGolden("correction-zh.txt", writer.render(SampleLetters.zhNotice()));
  }

  @Test
  void chineseBodyParagraphsAreIndentedByTwoFullWidthSpacesAndTheSalutationIsNot() {
    Letter letter = SampleLetters.zhAnswer();
    List<String> lines = writer.render(letter).lines().toList();
    assertThat(lines.get(0)).isEqualTo(letter.getDocumentNumber());
    assertThat(lines.get(2)).isEqualTo(letter.getTitle());
    for (LetterParagraph p : letter.getParagraphs()) {
      String expected = p.getRole() == ParagraphRole.SALUTATION ? p.getText() : "\u3000\u3000" + p.getText();
      assertThat(lines).contains(expected);
    }
    assertThat(lines.subList(lines.size() - 2, lines.size()))
        .containsExactly(letter.getIssuer(), letter.getDateLine());
  }

  @Test
  void englishParagraphsAreSeparatedByBlankLinesWithoutIndentAndNoNumberLine() {
    Letter letter = SampleLetters.enAnswer();
    String text = writer.render(letter);
    assertThat(text).startsWith(letter.getTitle() + "\n\n");
    for (LetterParagraph p : letter.getParagraphs()) {
      assertThat(text).contains("\n" + p.getText() + "\n");
    }
    assertThat(text).doesNotContain("\u3000");
    List<LetterParagraph> ps = letter.getParagraphs();
    assertThat(text).contains(ps.get(0).getText() + "\n\n" + ps.get(1).getText());
  }

  @Test
  void writeIsTheRenderedTextInUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(SampleLetters.zhNotice(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.render(SampleLetters.zhNotice()));
    assertThat(writer.format()).isEqualTo(LetterFormat.TXT);
  }
}

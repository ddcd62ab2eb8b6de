package io.github.gongkai.letters.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.Letterhead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlLetterWriterTest {
  private final HtmlLetterWriter writer = new HtmlLetterWriter();

  @Test
  void golden() {
    SampleLetters.assertGolden("answer-zh.html", writer.render(SampleLetters.zhAnswer()));
    SampleLetters.assertGolden("answer-en.html", writer.render(SampleLetters.enAnswer()));
    SampleLetters.assertGolden("correction-zh.html", writer.render(SampleLetters.zhNotice()));
  }

  @Test
  void everyParagraphCarriesItsRoleKeyTextAndCitations() {
    for (Letter letter : new Letter[] {SampleLetters.zhAnswer(), SampleLetters.enAnswer(), SampleLetters.zhNotice()}) {
      Document html = Jsoup.parse(writer.render(letter));
      boolean zh = "zh".equals(letter.getLanguage());
      assertThat(html.selectFirst("html").attr("lang")).isEqualTo(zh ? "zh-CN" : "en");
      assertThat(html.selectFirst("h1").text()).isEqualTo(letter.getTitle());
      Elements ps = html.select("p[data-role]");
      assertThat(ps).hasSize(letter.getParagraphs().size());
      for (int i = 0; i < ps.size(); i++) {
        LetterParagraph lp = letter.getParagraphs().get(i);
        Element p = ps.get(i);
        assertThat(p.attr("data-role")).isEqualTo(lp.getRole().getCode());
        assertThat(p.attr("data-key")).isEqualTo(lp.getKey());
        assertThat(p.text()).isEqualTo(lp.getText());
        Element next = p.nextElementSibling();
        if (lp.getCitations().isEmpty()) {
          assertThat(next == null || !next.is("ul.citations")).isTrue();
        } else {
          assertThat(next).isNotNull();
          assertThat(next.is("ul.citations")).isTrue();
          Elements items = next.select("li");
          assertThat(items).hasSize(lp.getCitations().size());
          for (int j = 0; j < items.size(); j++) {
            LegalBasis c = lp.getCitations().get(j);
            assertThat(items.get(j).attr("data-notation")).isEqualTo(c.toNotation());
            assertThat(items.get(j).text()).isEqualTo(zh ? c.toChinese() : c.toEnglish());
            assertThat(items.get(j).hasClass("interpretation")).isEqualTo(c.isInterpretation());
          }
        }
      }
      assertThat(html.select(".number").isEmpty()).isEqualTo(letter.getDocumentNumber() == null);
      assertThat(html.selectFirst(".issuer").text()).isEqualTo(letter.getIssuer());
      assertThat(html.selectFirst(".date").text()).isEqualTo(letter.getDateLine());
    }
  }

  @Test
  void textIsEscaped() {
    String page = writer.render(SampleLetters.zhNotice());
    assertThat(page).contains("王&lt;五&gt;").doesNotContain("王<五>");
    assertThat(page).contains("&amp; 通讯地址");
  }

  @Test
  void printStylesheetHasTheGbPageMargins() {
    String style = Jsoup.parse(writer.render(SampleLetters.zhAnswer())).selectFirst("style").data();
    assertThat(style).contains("@page{size:A4;margin:37mm 26mm 35mm 28mm}");
    assertThat(style).contains("font-size:16pt").contains("font-size:22pt").contains("仿宋");
  }

  @Test
  void theSealIsADataUriImageOnlyWhenTheLetterheadHasOne(@TempDir Path dir) throws IOException {
    assertThat(Jsoup.parse(writer.render(SampleLetters.zhAnswer())).select("img")).isEmpty();
    Path seal = SampleLetters.sealPng(dir);
    Letterhead head = Letterhead.builder().agency("江河市自然资源和规划局").sealImage(seal).build();
    Element img = Jsoup.parse(new HtmlLetterWriter(head).render(SampleLetters.zhAnswer())).selectFirst("img.seal");
    assertThat(img).isNotNull();
    String src = img.attr("src");
    assertThat(src).startsWith("data:image/png;base64,");
    assertThat(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))).isEqualTo(Files.readAllBytes(seal));
    assertThat(new HtmlLetterWriter(Letterhead.of("甲")).render(SampleLetters.zhAnswer())).doesNotContain("<img");
  }
}

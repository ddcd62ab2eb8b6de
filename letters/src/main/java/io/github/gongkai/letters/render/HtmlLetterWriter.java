package io.github.gongkai.letters.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.Letterhead;
import io.github.gongkai.letters.render.internal.HtmlLetter;
import io.github.gongkai.letters.render.internal.LetterLayout;
import io.github.gongkai.letters.render.internal.Seal;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a letter as a standalone HTML page (UTF-8) through a precompiled jte template, with a print
 * stylesheet after GB/T 9704-2012: A4, margins 37 mm top, 26 mm right, 35 mm bottom, 28 mm left,
 * 16 pt 仿宋 body on a 28.95 pt line, 22 pt 小标宋 title (Times New Roman for an English letter).
 *
 * <p>Each paragraph is a {@code <p>} with {@code data-role} (the {@link
 * io.github.gongkai.letters.ParagraphRole} code) and {@code data-key} (the letter-text key); the
 * provisions it rests on follow it as a {@code <ul class="citations">} whose items carry the
 * machine-readable notation in {@code data-notation} and are marked {@code class="interpretation"}
 * when they are gongkai's reading of which provision applies. The list shows on screen and is hidden
 * in print, since the text writes every citation out. The issuer and date line close the page,
 * with the agency's seal as an {@code <img>} with a {@code data:} URI when the letterhead has one.
 * All text is escaped. Immutable and thread-safe.
 */
public final class HtmlLetterWriter implements LetterWriter {
  /** Package of the Java classes generated from {@code src/main/jte} (see the letters POM). */
  private static final String TEMPLATE_PACKAGE = "io.github.gongkai.letters.render.internal.jte";

  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, HtmlLetterWriter.class.getClassLoader(), TEMPLATE_PACKAGE);

  private final @Nullable String seal;

  /** A writer without a seal. */
  public HtmlLetterWriter() {
    this.seal = null;
  }

  /**
   * A writer that prints the letterhead's seal image, if it has one.
   *
   * @param letterhead the agency's letterhead
   * @throws GongkaiException when the seal image cannot be read or is not a PNG image
   */
  public HtmlLetterWriter(Letterhead letterhead) {
    Path image = letterhead.getSealImage();
    this.seal = image == null ? null : Seal.read(image).dataUri();
  }

  /**
   * The letter as an HTML page.
   *
   * @param letter the letter
   * @return the page
   */
  public String render(Letter letter) {
    boolean zh = LetterLayout.chinese(letter);
    List<HtmlLetter.HtmlParagraph> paragraphs = new ArrayList<>();
    for (LetterParagraph p : letter.getParagraphs()) {
      List<HtmlLetter.HtmlCitation> citations = new ArrayList<>();
      for (LegalBasis c : p.getCitations()) {
        citations.add(new HtmlLetter.HtmlCitation(
            c.toNotation(), zh ? c.toChinese() : c.toEnglish(), c.isInterpretation()));
      }
      paragraphs.add(new HtmlLetter.HtmlParagraph(
          p.getRole().getCode(), p.getKey(), p.getText().strip(), citations));
    }
    HtmlLetter view = new HtmlLetter(
        zh ? "zh-CN" : "en",
        letter.getKind().getCode(),
        letter.getRequestId(),
        letter.getDocumentNumber(),
        letter.getTitle(),
        paragraphs,
        letter.getIssuer(),
        letter.getDateLine(),
        seal);
    StringOutput out = new StringOutput();
    TEMPLATES.render("letter.jte", view, out);
    return out.toString();
  }

  @Override
  public void write(Letter letter, OutputStream out) {
    LetterLayout.writeUtf8(render(letter), out);
  }

  @Override
  public LetterFormat format() {
    return LetterFormat.HTML;
  }
}

package io.github.gongkai.letters.render;

import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterParagraph;
import io.github.gongkai.letters.render.internal.LetterLayout;
import java.io.OutputStream;

/**
 * Writes a letter as plain text (UTF-8, {@code \n} line ends): the document number, the title, the
 * paragraphs in order, then the issuer and the date line. In a Chinese letter each paragraph is one
 * line and every paragraph but the salutation begins with two full-width spaces (两字缩进); in an
 * English letter paragraphs are separated by a blank line. Lines are not wrapped. Immutable and
 * thread-safe.
 */
public final class TextLetterWriter implements LetterWriter {
  /** A text writer. */
  public TextLetterWriter() {}

  /**
   * The letter as text.
   *
   * @param letter the letter
   * @return the text, ending with a line end
   */
  public String render(Letter letter) {
    boolean zh = LetterLayout.chinese(letter);
    StringBuilder sb = new StringBuilder();
    String number = letter.getDocumentNumber();
    if (number != null) {
      sb.append(number).append("\n\n");
    }
    sb.append(letter.getTitle()).append("\n\n");
    boolean first = true;
    for (LetterParagraph p : letter.getParagraphs()) {
      if (!zh && !first) {
        sb.append('\n');
      }
      first = false;
      if (zh && !LetterLayout.flushLeft(p.getRole())) {
        sb.append(LetterLayout.ZH_INDENT);
      }
      sb.append(p.getText().strip()).append('\n');
    }
    sb.append('\n').append(letter.getIssuer()).append('\n').append(letter.getDateLine()).append('\n');
    return sb.toString();
  }

  @Override
  public void write(Letter letter, OutputStream out) {
    LetterLayout.writeUtf8(render(letter), out);
  }

  @Override
  public LetterFormat format() {
    return LetterFormat.TXT;
  }
}

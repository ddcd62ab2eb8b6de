package io.github.gongkai.letters.render.internal;

import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.ParagraphRole;

/** The layout rules the three writers share. */
public final class LetterLayout {
  private LetterLayout() {}

  /** The first-line indent of a Chinese body paragraph: two full-width spaces (两字). */
  public static final String ZH_INDENT = "\u3000\u3000";

  /**
   * Whether a letter is in Chinese.
   *
   * @param letter the letter
   * @return true for {@code zh}
   */
  public static boolean chinese(Letter letter) {
    return "zh".equals(letter.getLanguage());
  }

  /**
   * Whether a paragraph of this role is set flush left (the salutation, GB/T 9704-2012 7.3.2:
   * 主送机关 居左顶格) rather than as a body paragraph with a two-character first-line indent (7.3.3).
   *
   * @param role the role
   * @return true for flush left
   */
  public static boolean flushLeft(ParagraphRole role) {
    return role == ParagraphRole.SALUTATION;
  }

  /**
   * The width of a line of Chinese text in characters, counting a half-width character (ASCII
   * digits and letters) as half.
   *
   * @param text the text
   * @return the width in full-width characters
   */
  public static double widthInChars(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += cp < 0x2E80 ? 0.5 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Writes a rendered text letter (HTML or plain text) as UTF-8 and flushes the stream.
   *
   * @param text the rendered letter
   * @param out where to write
   * @throws io.github.gongkai.core.GongkaiException when the stream cannot be written
   */
  public static void writeUtf8(String text, java.io.OutputStream out) {
    try {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } catch (java.io.IOException e) {
      throw new io.github.gongkai.core.GongkaiException("cannot write the letter", e);
    }
  }
}

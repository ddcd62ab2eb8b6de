package io.github.gongkai.letters.render;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import io.github.gongkai.letters.Letterhead;
import org.jspecify.annotations.Nullable;

/** The formats a letter is written in. */
public enum LetterFormat implements Coded {
  /** A Word document (Office Open XML, {@code .docx}) after GB/T 9704-2012. */
  DOCX("docx"),
  /** A standalone HTML page with a print stylesheet. */
  HTML("html"),
  /** Plain text, UTF-8. */
  TXT("txt");

  private final String code;

  LetterFormat(String code) {
    this.code = code;
  }

  @Override
  public String getCode() {
    return code;
  }

  /**
   * The file name extension, without the dot; the same as the code.
   *
   * @return e.g. {@code docx}
   */
  public String extension() {
    return code;
  }

  /**
   * A writer of this format.
   *
   * @param letterhead the agency's letterhead, for its seal image; null for none
   * @return the writer
   * @throws io.github.gongkai.core.GongkaiException when the letterhead's seal image cannot be read
   */
  public LetterWriter writer(@Nullable Letterhead letterhead) {
    switch (this) {
      case DOCX:
        return letterhead == null ? new DocxLetterWriter() : new DocxLetterWriter(letterhead);
      case HTML:
        return letterhead == null ? new HtmlLetterWriter() : new HtmlLetterWriter(letterhead);
      default:
        return new TextLetterWriter();
    }
  }

  /**
   * Looks a format up by its code.
   *
   * @param code {@code docx}, {@code html} or {@code txt}
   * @return the format
   * @throws InvalidValueException for an unknown code
   */
  public static LetterFormat ofCode(String code) {
    return EnumCodes.lookup(LetterFormat.class, "letterFormat", code);
  }
}

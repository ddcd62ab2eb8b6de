package io.github.gongkai.report.read;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form a published report is read from. */
public enum SourceFormat implements Coded {
  /** A web page (HTML): its {@code <table>} elements. */
  HTML("html"),
  /** Plain text, e.g. a page's text with the tables flattened (cells run together). */
  TEXT("text");

  private static final Pattern MARKUP = Pattern.compile("(?is)<\\s*(!doctype\\s+html|html|table|body)\\b");

  private final String code;

  SourceFormat(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code html} or {@code text}.
   *
   * @return the code
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Looks a format up by code.
   *
   * @param code {@code html} or {@code text}
   * @return the format
   * @throws InvalidValueException for an unknown code
   */
  public static SourceFormat ofCode(String code) {
    return EnumCodes.lookup(SourceFormat.class, "format", code);
  }

  /**
   * The format of a file: by its extension ({@code .html}, {@code .htm}, {@code .xhtml}; {@code
   * .txt}, {@code .text}), else by its content (HTML markup: a doctype, {@code <html>}, {@code
   * <body>} or {@code <table>}).
   *
   * @param fileName the file name (or path); not null
   * @param content the content; not null
   * @return the format
   */
  public static SourceFormat detect(String fileName, String content) {
    InvalidValueException.requireNonNull(fileName, "fileName");
    InvalidValueException.requireNonNull(content, "content");
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    return MARKUP.matcher(content).find() ? HTML : TEXT;
  }
}

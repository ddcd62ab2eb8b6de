package io.github.gongkai.report.render;

import java.util.regex.Pattern;

/**
 * Escaping for the Markdown (CommonMark with GFM tables) that {@link ReportRenderer} writes. Report
 * text is plain text, never Markdown: backslash, the inline markup characters
 * {@code ` * _ [ ] < > & |} and, at the start of a block, {@code # + - =} and an ordered-list number
 * are backslash-escaped (CommonMark lets any ASCII punctuation be escaped), so an agency name such as
 * {@code <script>} or {@code a|b} prints literally and cannot break a table row. A line break inside
 * a table cell becomes {@code <br>}, the usual GFM way; paragraphs are separated by a blank line.
 */
final class MarkdownText {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d+)([.)])");

  private MarkdownText() {}

  /**
   * Escapes text for use inside a line: a heading, a paragraph or a table cell.
   *
   * @param text plain text without line breaks
   * @return the escaped text
   */
  static String inline(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '&':
        case '|':
          sb.append('\\').append(c);
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes one table cell: {@link #inline} and line breaks as {@code <br>}.
   *
   * @param text plain text
   * @return the cell content
   */
  static String cell(String text) {
    String[] lines = LINE_BREAK.split(text, -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append("<br>");
      }
      sb.append(inline(lines[i]));
    }
    return sb.toString();
  }

  /**
   * Escapes a paragraph (plain text on one line) so that it stays a paragraph: {@link #inline}, and
   * a leading heading, list, or setext marker is escaped.
   *
   * @param text plain text without line breaks
   * @return the paragraph
   */
  static String paragraph(String text) {
    String s = inline(text.strip());
    if (s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    if (first == '#' || first == '+' || first == '-' || first == '=') {
      return "\\" + s;
    }
    return LIST_NUMBER.matcher(s).replaceFirst("$1\\\\$2");
  }

  /**
   * Splits text into paragraphs at line breaks (empty lines dropped), each escaped as a
   * {@link #paragraph}, joined by a blank line.
   *
   * @param text plain text
   * @return the paragraphs
   */
  static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : LINE_BREAK.split(text.strip())) {
      String p = paragraph(line);
      if (!p.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}

package io.github.gongkai.letters.render.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The view model of {@code letter.jte}.
 *
 * @param lang the page's language tag, {@code zh-CN} or {@code en}
 * @param kind the letter kind's code
 * @param requestId the request's id
 * @param documentNumber the document number, or null
 * @param title the title
 * @param paragraphs the paragraphs in order
 * @param issuer the issuing agency
 * @param dateLine the date line
 * @param seal the seal image as a {@code data:} URI, or null
 */
public record HtmlLetter(
    String lang,
    String kind,
    String requestId,
    @Nullable String documentNumber,
    String title,
    List<HtmlParagraph> paragraphs,
    String issuer,
    String dateLine,
    @Nullable String seal) {
  /** Copies the list. */
  public HtmlLetter {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * One paragraph.
   *
   * @param role the role's code
   * @param key the letter-text key
   * @param text the text
   * @param citations the provisions it rests on
   */
  public record HtmlParagraph(String role, String key, String text, List<HtmlCitation> citations) {
    /** Copies the list. */
    public HtmlParagraph {
      citations = List.copyOf(citations);
    }
  }

  /**
   * One citation.
   *
   * @param notation the machine-readable notation, e.g. {@code REG2019:36(3)}
   * @param text the citation in the letter's language
   * @param interpretation whether it is gongkai's reading of which provision applies
   */
  public record HtmlCitation(String notation, String text, boolean interpretation) {}
}

package io.github.gongkai.letters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.remedy.RemedyNotice;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A composed letter, ready to render: its kind, the law it answers under, the issuing agency and
 * document number, title, addressee, paragraphs (each with its citations), the remedy notice of an
 * answer, and the date. Made by {@link LetterComposer}; renderers lay it out as text, HTML or a Word
 * document. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLetter.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLetter.class)
@JsonDeserialize(as = ImmutableLetter.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLetter.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "kind", "regime", "language", "requestId", "issuer", "documentNumber", "title", "addressee",
  "paragraphs", "remedy", "date", "dateLine"
})
public abstract class Letter {
  Letter() {}

  /**
   * The kind of letter.
   *
   * @return the kind
   */
  public abstract LetterKind getKind();

  /**
   * The Regulation the request is handled under.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The language of the letter's text: {@code zh} or {@code en}.
   *
   * @return the language code
   */
  public abstract String getLanguage();

  /**
   * The id of the request the letter belongs to.
   *
   * @return the id
   */
  public abstract String getRequestId();

  /**
   * The issuing agency, as it signs.
   *
   * @return the agency's name
   */
  public abstract String getIssuer();

  /**
   * The document number (发文字号), e.g. {@code 江河自然资规公开〔2024〕12号}, when the agency numbers its
   * letters.
   *
   * @return the number, or null
   */
  public abstract @Nullable String getDocumentNumber();

  /**
   * The title, e.g. {@code 政府信息公开申请答复书}.
   *
   * @return the title
   */
  public abstract String getTitle();

  /**
   * Whom the letter is addressed to: the applicant, or the third party consulted.
   *
   * @return the addressee's name
   */
  public abstract String getAddressee();

  /**
   * The body, in order.
   *
   * @return the paragraphs, never empty
   */
  public abstract List<LetterParagraph> getParagraphs();

  /**
   * The remedy notice of an answer (its text is the {@link ParagraphRole#REMEDY} paragraph).
   *
   * @return the notice, or null for a letter that is not an answer
   */
  public abstract @Nullable RemedyNotice getRemedy();

  /**
   * The date of the letter.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * The date as printed under the signature, e.g. {@code 2024年1月2日} (Arabic numerals, GB/T 9704).
   *
   * @return the date line
   */
  public abstract String getDateLine();

  /**
   * Every provision the letter cites, once each, in the order of first citation.
   *
   * @return the citations
   */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public List<LegalBasis> getCitations() {
    Set<LegalBasis> all = new LinkedHashSet<>();
    for (LetterParagraph p : getParagraphs()) {
      all.addAll(p.getCitations());
    }
    return List.copyOf(all);
  }

  /**
   * The paragraphs of one role.
   *
   * @param role the role
   * @return those paragraphs, in order
   */
  public List<LetterParagraph> paragraphs(ParagraphRole role) {
    return getParagraphs().stream().filter(p -> p.getRole() == role).toList();
  }

  @Value.Check
  void check() {
    if (getParagraphs().isEmpty()) {
      throw new InvalidValueException("paragraphs", "[]", "must not be empty");
    }
    if (!"zh".equals(getLanguage()) && !"en".equals(getLanguage())) {
      throw new InvalidValueException("language", getLanguage(), "must be zh or en");
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Letter}. */
  public static final class Builder extends ImmutableLetter.Builder {
    Builder() {}
  }
}

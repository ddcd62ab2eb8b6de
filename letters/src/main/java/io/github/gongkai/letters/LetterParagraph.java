package io.github.gongkai.letters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import java.util.List;
import org.immutables.value.Value;

/**
 * One paragraph of a letter: its role, its text in the letter's language, the key of the letter-text
 * entry it was made from, and the provisions its statement rests on. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLetterParagraph.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLetterParagraph.class)
@JsonDeserialize(as = ImmutableLetterParagraph.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLetterParagraph.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"role", "key", "text", "citations"})
public abstract class LetterParagraph {
  LetterParagraph() {}

  /**
   * What the paragraph does.
   *
   * @return the role
   */
  public abstract ParagraphRole getRole();

  /**
   * The key of the letter-text entry the paragraph was made from, e.g. {@code answer.ground.released};
   * {@code agency} for a paragraph the agency supplied.
   *
   * @return the key
   */
  public abstract String getKey();

  /**
   * The text, in the letter's language, with every citation written out.
   *
   * @return the text, never blank
   */
  public abstract String getText();

  /**
   * The provisions the statement rests on, in the order the text cites them.
   *
   * @return the citations, possibly empty
   */
  public abstract List<LegalBasis> getCitations();

  @Value.Check
  void check() {
    if (getText().isBlank()) {
      throw new InvalidValueException("text", getText(), "must not be blank");
    }
  }

  /**
   * Creates a paragraph.
   *
   * @param role its role
   * @param key the letter-text key
   * @param text its text
   * @param citations the provisions it rests on
   * @return the paragraph
   */
  public static LetterParagraph of(
      ParagraphRole role, String key, String text, List<LegalBasis> citations) {
    return builder().role(role).key(key).text(text).citations(citations).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LetterParagraph}. */
  public static final class Builder extends ImmutableLetterParagraph.Builder {
    Builder() {}
  }
}

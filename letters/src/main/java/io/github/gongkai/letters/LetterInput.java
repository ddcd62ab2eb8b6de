package io.github.gongkai.letters;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.rules.decision.RequestDecision;
import io.github.gongkai.rules.fee.FeeQuote;
import io.github.gongkai.rules.redact.RedactionLogEntry;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a letter is composed from: the request with its history and, as the letter needs them, its
 * decision, the redaction log of the information provided, the fee quote, and the facts an answer
 * states that the history does not hold. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LetterInput {
  LetterInput() {}

  /**
   * The request, with its events up to the letter.
   *
   * @return the request
   */
  public abstract InformationRequest getRequest();

  /**
   * The decision the answer carries out; when given, it must agree with the request's answer.
   *
   * @return the decision, or null (the answer then states the grounds recorded in the history)
   */
  public abstract @Nullable RequestDecision getDecision();

  /**
   * The redaction log of the information provided with a (partial) release.
   *
   * @return the entries
   */
  public abstract List<RedactionLogEntry> getRedactions();

  /**
   * The fee quote behind a fee notice, whose lines the notice lists.
   *
   * @return the quote, or null
   */
  public abstract @Nullable FeeQuote getFeeQuote();

  /**
   * The serial number of the letter's document number (发文字号).
   *
   * @return the serial, or null for no document number
   */
  public abstract @Nullable Integer getSerial();

  /**
   * For information not held: the agency responsible for it, with its contacts (2019 第三十六条第（五）项).
   *
   * @return the agency, or null when none can be named
   */
  public abstract @Nullable String getCompetentAgency();

  /**
   * For information already published: where it can be obtained (2019 第三十六条第（一）项).
   *
   * @return the place, e.g. a web address, or null
   */
  public abstract @Nullable String getPublishedAt();

  /**
   * For a notice: which event of the history it gives notice of, by position (0 = first); by
   * default the last event of the notice's kind.
   *
   * @return the index, or null
   */
  public abstract @Nullable Integer getEventIndex();

  @Value.Check
  void check() {
    Integer serial = getSerial();
    if (serial != null && serial < 1) {
      throw new InvalidValueException("serial", serial.toString(), "must be at least 1");
    }
    Integer index = getEventIndex();
    if (index != null && (index < 0 || index >= getRequest().getEvents().size())) {
      throw new InvalidValueException(
          "eventIndex", index.toString(), "must name one of the request's " + getRequest().getEvents().size() + " events");
    }
  }

  /**
   * An input with only the request.
   *
   * @param request the request
   * @return the input
   */
  public static LetterInput of(InformationRequest request) {
    return builder().request(request).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LetterInput}. */
  public static final class Builder extends ImmutableLetterInput.Builder {
    Builder() {}
  }
}

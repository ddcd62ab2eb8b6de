package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.LegalBasis;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One line of an explanation trace: a rule the decider considered, whether it fired, whether it
 * decided the disposition, and why, in Chinese and English. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTraceEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableTraceEntry.class)
@JsonDeserialize(as = ImmutableTraceEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableTraceEntry.class)
@JsonPropertyOrder({"rule", "fired", "decisive", "reasonZh", "reasonEn", "legalBases"})
public abstract class TraceEntry {
  TraceEntry() {}

  /**
   * The rule considered.
   *
   * @return the rule
   */
  public abstract DecisionRule getRule();

  /**
   * Whether the rule's condition held.
   *
   * @return true if it fired
   */
  public abstract boolean isFired();

  /**
   * Whether this rule determined the disposition (or one of the grounds) of the decision. A rule can
   * fire without being decisive, e.g. a state-secret marking on an item the applicant asked for in a
   * petition, which is not processed as a request at all.
   *
   * @return true if decisive
   */
  public abstract boolean isDecisive();

  /**
   * Why, in Chinese.
   *
   * @return the reason
   */
  public abstract String getReasonZh();

  /**
   * Why, in English.
   *
   * @return the reason
   */
  public abstract String getReasonEn();

  /**
   * The provisions of the rule under the decision's regime; empty when the rule has no counterpart
   * in that regime.
   *
   * @return the bases
   */
  public abstract List<LegalBasis> getLegalBases();

  /**
   * The reason in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the reason
   */
  public String getReason(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getReasonZh() : getReasonEn();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TraceEntry}. */
  public static final class Builder extends ImmutableTraceEntry.Builder {
    Builder() {}
  }
}

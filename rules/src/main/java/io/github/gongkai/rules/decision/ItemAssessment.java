package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The agency's assessments and choices about one requested item: the judgements the Regulation
 * leaves to the agency and that no item record can carry by itself — "disclosure may endanger
 * security" (Art.14), "not government information" (Art.2), "not held" (Art.36(4)), its
 * discretionary choice (Art.16), a public-interest override with reasons (Art.15), a law requiring
 * disclosure (Art.16 para.2), whether the exempt part is separable (Art.37). All default to "no
 * finding"; {@link #none()} is the assessment with no findings. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemAssessment.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableItemAssessment.class)
@JsonDeserialize(as = ImmutableItemAssessment.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableItemAssessment.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "repeated",
  "publishedMaterial",
  "confirmationOrReissue",
  "notGovernmentInformation",
  "notThisAgency",
  "responsibleAgency",
  "notHeld",
  "requiresCreationOrAnalysis",
  "endangersSecurityOrStability",
  "confidentialityDoubtful",
  "thirdPartyHarm",
  "thirdPartyObjectionUnreasonable",
  "thirdPartyReplyDueDate",
  "publicInterestReasons",
  "discretionaryChoice",
  "lawRequiringDisclosure",
  "separable"
})
public abstract class ItemAssessment {
  private static final ItemAssessment NONE = builder().build();

  ItemAssessment() {}

  /**
   * The applicant asks again for the same information after an answer (2019 Art.36(6)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isRepeated() {
    return false;
  }

  /**
   * The request is for published materials — gazettes, newspapers, books (2019 Art.39 para.2).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isPublishedMaterial() {
    return false;
  }

  /**
   * The applicant asks the agency to confirm or re-issue information already obtained (table
   * 三（五）5).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isConfirmationOrReissue() {
    return false;
  }

  /**
   * The requested content is not government information (2019 Art.2).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isNotGovernmentInformation() {
    return false;
  }

  /**
   * Another agency is responsible for disclosing the item (2019 Arts.10, 36(5)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isNotThisAgency() {
    return false;
  }

  /**
   * The responsible agency's name and contacts, where it can be identified (2019 Art.36(5)).
   *
   * @return the agency, or null
   */
  public abstract @Nullable String getResponsibleAgency();

  /**
   * A search found no such information (2019 Art.36(4)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isNotHeld() {
    return false;
  }

  /**
   * Answering would need new information to be made, or existing information to be processed or
   * analysed (2019 Art.38; SPC 2011 Art.2(3)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isRequiresCreationOrAnalysis() {
    return false;
  }

  /**
   * Disclosure may endanger national, public or economic security or social stability (2019 Art.14;
   * 2008 Art.8).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isEndangersSecurityOrStability() {
    return false;
  }

  /**
   * The agency cannot tell whether the item may be disclosed (2019 Art.17 para.3).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isConfidentialityDoubtful() {
    return false;
  }

  /**
   * Whether disclosing would harm the third parties whose interests the item records (2019 Art.15);
   * null when the agency has not assessed it, in which case {@link
   * DecisionPolicy#isPresumeThirdPartyHarm()} decides.
   *
   * @return the assessment, or null
   */
  public abstract @Nullable Boolean getThirdPartyHarm();

  /**
   * The agency finds a third party's objection to lack reasonable grounds (2019 Art.32: only an
   * objection "且有合理理由" binds), so the agency decides itself.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isThirdPartyObjectionUnreasonable() {
    return false;
  }

  /**
   * The due date of a pending third-party consultation: the last of the 15 working days from the
   * third party's receipt of the letter (2019 Art.32), computed by the caller.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract @Nullable LocalDate getThirdPartyReplyDueDate();

  /**
   * The agency's stated reasons why not disclosing third-party information would majorly affect
   * the public interest (2019 Art.15); null when there is no override.
   *
   * @return the reasons, or null
   */
  public abstract @Nullable String getPublicInterestReasons();

  /**
   * The agency's choice under 2019 Art.16 (可以不予公开); null when it stated none, in which case
   * {@link DecisionPolicy#getDefaultDiscretionaryChoice()} applies and the decision says so.
   *
   * @return the choice, or null
   */
  public abstract @Nullable DiscretionaryChoice getDiscretionaryChoice();

  /**
   * A law, regulation or rule requiring disclosure of the item (2019 Art.16 para.2), by name.
   *
   * @return the provision, or null
   */
  public abstract @Nullable String getLawRequiringDisclosure();

  /**
   * The exempt content can be separated from the rest (2019 Art.37), so the rest is released.
   *
   * @return true if separable
   */
  @Value.Default
  public boolean isSeparable() {
    return false;
  }

  @Value.Check
  void check() {
    requireNotBlank("responsibleAgency", getResponsibleAgency());
    requireNotBlank("publicInterestReasons", getPublicInterestReasons());
    requireNotBlank("lawRequiringDisclosure", getLawRequiringDisclosure());
  }

  private static void requireNotBlank(String field, @Nullable String value) {
    if (value != null && value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank when given");
    }
  }

  /**
   * The assessment with no findings.
   *
   * @return the empty assessment
   */
  public static ItemAssessment none() {
    return NONE;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemAssessment}. */
  public static final class Builder extends ImmutableItemAssessment.Builder {
    Builder() {}
  }
}

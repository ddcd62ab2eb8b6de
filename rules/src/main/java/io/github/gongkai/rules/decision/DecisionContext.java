package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.request.ApplicantType;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the decision needs to know about the request as a whole: when it was made (or which regime
 * governs it), who made it, and the agency's findings that concern the request rather than one item
 * — a petition in request form, excessive requests, an unclear request, the 2008 special-need test.
 *
 * <p>Findings about a single item (not held, endangers security, third-party harm, the agency's
 * discretionary choice…) are in {@link ItemAssessment}. At least one of {@link #getRequestDate()}
 * and {@link #getRegime()} is required; when both are given, the regime wins (a caller with a
 * different transitional policy). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionContext.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionContext.class)
@JsonDeserialize(as = ImmutableDecisionContext.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecisionContext.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "requestDate",
  "regime",
  "applicantType",
  "applicantPartyToProceeding",
  "petitionOrComplaint",
  "excessiveRequest",
  "stillUnclearAfterCorrection",
  "specialNeed"
})
public abstract class DecisionContext {
  DecisionContext() {}

  /**
   * The date of the request (its receipt date, if the caller follows Art.31): selects the regime
   * when {@link #getRegime()} is null, and whether the 2008 special-need test applies.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract @Nullable LocalDate getRequestDate();

  /**
   * The regime, when the caller fixes it rather than letting the date decide.
   *
   * @return the regime, or null
   */
  public abstract @Nullable Regime getRegime();

  /**
   * The applicant's type, the column of table 三 the answer is counted in; not used by the rules.
   *
   * @return the type, or null
   */
  public abstract @Nullable ApplicantType getApplicantType();

  /**
   * Whether the applicant is a party to, or an interested party in, the administrative procedure
   * whose case file is asked for (SPC 2011 Art.2(4)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isApplicantPartyToProceeding() {
    return false;
  }

  /**
   * Whether the request is a petition, complaint or report in the form of a disclosure request
   * (2019 Art.39 para.1).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isPetitionOrComplaint() {
    return false;
  }

  /**
   * The agency's finding under 2019 Art.35 when the number or frequency of requests clearly exceeds
   * a reasonable range; null when no such finding was made.
   *
   * @return the finding, or null
   */
  public abstract @Nullable ExcessiveRequestFinding getExcessiveRequest();

  /**
   * Whether the request is still unclear after correction (2019 Art.30; table 三（四）3).
   *
   * @return true if so
   */
  @Value.Default
  public boolean isStillUnclearAfterCorrection() {
    return false;
  }

  /**
   * The agency's finding on the 2008 special-need test (2008 Art.13); ignored for requests under
   * the 2019 Regulation or dated from 2019-05-15.
   *
   * @return the finding, or null when not assessed
   */
  public abstract @Nullable SpecialNeedFinding getSpecialNeed();

  /**
   * The regime that governs the request: {@link #getRegime()} if given, else {@link
   * Regime#forDate(LocalDate)} of the request date.
   *
   * @return the regime
   */
  @Value.Derived
  @JsonIgnore
  public Regime getEffectiveRegime() {
    Regime r = getRegime();
    if (r != null) {
      return r;
    }
    LocalDate d = getRequestDate();
    if (d == null) {
      throw new InvalidValueException("requestDate", null, "is required when no regime is given");
    }
    return Regime.forDate(d);
  }

  /**
   * Whether the 2008 special-need test (三需要) can apply: the regime is 2008 and the request is not
   * dated from 2019-05-15 on.
   *
   * @return true if the test applies
   */
  public boolean specialNeedTestApplies() {
    LocalDate d = getRequestDate();
    return getEffectiveRegime() == Regime.R2008
        && (d == null || d.isBefore(Regime.R2019.getEffectiveFrom()));
  }

  /**
   * A context with only the request date.
   *
   * @param requestDate the date; not null
   * @return the context
   */
  public static DecisionContext of(LocalDate requestDate) {
    return builder().requestDate(InvalidValueException.requireNonNull(requestDate, "requestDate")).build();
  }

  /**
   * A context with only the regime.
   *
   * @param regime the regime; not null
   * @return the context
   */
  public static DecisionContext of(Regime regime) {
    return builder().regime(InvalidValueException.requireNonNull(regime, "regime")).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionContext}. */
  public static final class Builder extends ImmutableDecisionContext.Builder {
    Builder() {}
  }
}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one requested item: what the applicant is told ({@link #getDisposition()}), on
 * which grounds from the catalogue and which provisions of the regime ({@link #getGrounds()}, {@link
 * #getLegalBases()}), whether the exemption binds the agency ({@link #getNature()}), the steps the
 * agency must take ({@link #getSteps()}), the record of any discretion or public-interest override,
 * and the row of the annual report's table 三 the answer is counted in ({@link #getReportRow()}).
 *
 * <p>Invariants, checked on construction: at least one ground; every ground is {@link
 * OutcomeGround#isAvailableUnder(Regime) available} under the regime; every legal basis, of the
 * decision, of its grounds and of its steps, is cited under the decision's regime; the decision is
 * provisional exactly when a step is blocking.
 *
 * <p>The {@link #getTrace() trace} is empty for decisions from {@link
 * DisclosureDecider#decide(io.github.gongkai.core.item.InformationItem, ItemAssessment,
 * DecisionContext)} and lists every rule for decisions from {@code explain}. Immutable and
 * thread-safe; JSON with stable codes.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisclosureDecision.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDisclosureDecision.class)
@JsonDeserialize(as = ImmutableDisclosureDecision.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDisclosureDecision.class)
// primaryGround is derived: written for readers, accepted (and recomputed) when read back
@JsonIgnoreProperties(value = {"primaryGround"}, allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "regime",
  "disposition",
  "reportRow",
  "nature",
  "provisional",
  "grounds",
  "legalBases",
  "steps",
  "discretion",
  "publicInterestOverride",
  "trace"
})
public abstract class DisclosureDecision {
  DisclosureDecision() {}

  /**
   * The regime the decision was made under.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * What the applicant is told.
   *
   * @return the disposition
   */
  public abstract Disposition getDisposition();

  /**
   * The row of table 三 the answer is counted in.
   *
   * @return the report row
   */
  public abstract OutcomeGround getReportRow();

  /**
   * Whether the decisive ground is a mandatory or a discretionary exemption; {@link
   * ExemptionNature#NONE} for releases and for grounds that are not exemptions.
   *
   * @return the nature
   */
  public abstract ExemptionNature getNature();

  /**
   * Whether a blocking step (consultation, secrecy determination, reasons under Art.35) must be
   * completed before the answer is final.
   *
   * @return true if provisional
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract boolean isProvisional();

  /**
   * The grounds: for a release, {@link OutcomeGround#RELEASED}; for a refusal, the decisive ground
   * first and any further withholding grounds after it, in catalogue order; for a partial release,
   * the grounds of the withheld part.
   *
   * @return the grounds, not empty
   */
  public abstract List<AppliedGround> getGrounds();

  /**
   * Every provision the answer cites, under the decision's regime: the reply-type provision first
   * (e.g. 2019 Art.36(3)), then the grounds' provisions, then supporting ones (e.g. SPC 2011).
   *
   * @return the bases, not empty, without duplicates
   */
  public abstract List<LegalBasis> getLegalBases();

  /**
   * Steps the agency must take, blocking ones first.
   *
   * @return the steps
   */
  public abstract List<RequiredStep> getSteps();

  /**
   * The record of a discretionary exemption, when one applied to the item (whatever the choice).
   *
   * @return the record, or null
   */
  public abstract @Nullable DiscretionRecord getDiscretion();

  /**
   * The record of a public-interest override of third-party rights, when one was applied.
   *
   * @return the record, or null
   */
  public abstract @Nullable PublicInterestOverride getPublicInterestOverride();

  /**
   * The explanation trace: every rule considered, in order; empty on the fast path.
   *
   * @return the trace
   */
  public abstract List<TraceEntry> getTrace();

  /**
   * The decisive ground: the first of {@link #getGrounds()}.
   *
   * @return the ground
   */
  public OutcomeGround getPrimaryGround() {
    return getGrounds().get(0).getGround();
  }

  /**
   * The same decision without its trace.
   *
   * @return a decision with an empty trace (this one if it has none)
   */
  public DisclosureDecision withoutTrace() {
    return getTrace().isEmpty() ? this : builder().from(this).trace(List.of()).build();
  }

  @Value.Check
  void check() {
    Regime regime = getRegime();
    if (getGrounds().isEmpty()) {
      throw new InvalidValueException("grounds", "[]", "must hold at least one ground");
    }
    if (getLegalBases().isEmpty()) {
      throw new InvalidValueException("legalBases", "[]", "must cite at least one provision");
    }
    if (!getReportRow().isAvailableUnder(regime)) {
      throw new InvalidValueException(
          "reportRow", getReportRow().getCode(), "must be available under regime " + regime.getCode());
    }
    for (AppliedGround g : getGrounds()) {
      if (!g.getGround().isAvailableUnder(regime)) {
        throw new InvalidValueException(
            "grounds", g.getGround().getCode(), "must be available under regime " + regime.getCode());
      }
      checkBases("grounds.legalBases", g.getLegalBases(), regime);
    }
    checkBases("legalBases", getLegalBases(), regime);
    boolean blocking = false;
    for (RequiredStep s : getSteps()) {
      checkBases("steps.legalBasis", List.of(s.getLegalBasis()), regime);
      blocking |= s.isBlocking();
    }
    if (blocking != isProvisional()) {
      throw new InvalidValueException(
          "provisional", Boolean.toString(isProvisional()), "must be true exactly when a step is blocking");
    }
  }

  private static void checkBases(String field, List<LegalBasis> bases, Regime regime) {
    for (LegalBasis b : bases) {
      if (b.getRegime() != regime) {
        throw new InvalidValueException(
            field, b.toNotation(), "must be cited under regime " + regime.getCode());
      }
    }
  }

  /**
   * A one-line summary in Chinese, e.g. {@code 不予公开：属于国家秘密（《中华人民共和国政府信息公开条例》第十四条）}.
   *
   * @return the summary
   */
  public String summaryZh() {
    StringBuilder sb = new StringBuilder(getDisposition().getLabelZh()).append('：');
    List<String> labels = new ArrayList<>();
    for (AppliedGround g : getGrounds()) {
      labels.add(g.getGround().getLabelZh());
    }
    sb.append(String.join("；", labels)).append('（').append(getLegalBases().get(0).toChinese()).append('）');
    return sb.toString();
  }

  /**
   * A one-line summary in English.
   *
   * @return the summary
   */
  public String summaryEn() {
    StringBuilder sb = new StringBuilder(getDisposition().getLabelEn()).append(": ");
    List<String> labels = new ArrayList<>();
    for (AppliedGround g : getGrounds()) {
      labels.add(g.getGround().getLabelEn());
    }
    sb.append(String.join("; ", labels)).append(" (").append(getLegalBases().get(0).toEnglish()).append(')');
    return sb.toString();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureDecision}. */
  public static final class Builder extends ImmutableDisclosureDecision.Builder {
    Builder() {}
  }
}

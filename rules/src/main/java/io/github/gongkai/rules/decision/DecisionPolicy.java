package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import org.immutables.value.Value;

/**
 * The explicit, overridable choices a {@link DisclosureDecider} makes where neither the Regulation
 * nor the agency's assessment settles a point. Every default is documented and every use shows in
 * the decision (and in its trace). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionPolicy.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionPolicy.class)
@JsonDeserialize(as = ImmutableDecisionPolicy.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecisionPolicy.class)
public abstract class DecisionPolicy {
  private static final DecisionPolicy DEFAULTS = builder().build();

  DecisionPolicy() {}

  /**
   * The choice applied when an Art.16 ground applies and the agency stated no choice. Default
   * {@link DiscretionaryChoice#WITHHOLD}: the usual practice, recorded as a default in {@link
   * DiscretionRecord#isChoiceByPolicyDefault()} so that the agency can revisit it.
   *
   * @return the default choice
   */
  @Value.Default
  public DiscretionaryChoice getDefaultDiscretionaryChoice() {
    return DiscretionaryChoice.WITHHOLD;
  }

  /**
   * Whether third-party information is presumed harmful to the third party (2019 Art.15) when the
   * agency has not assessed harm and the third party did not consent. Default true: Art.15 says such
   * information "不得公开" (must not be disclosed), and Art.32 leaves a silent third party's case to the
   * agency "依照本条例的规定" — so the bar stands until the agency finds otherwise.
   *
   * @return true to presume harm
   */
  @Value.Default
  public boolean isPresumeThirdPartyHarm() {
    return true;
  }

  /**
   * The report row for content that is not government information (2019 Art.2). Table 三 has no
   * row for it; [U] practice varies between （六）3 其他 and （四）1. Default {@link OutcomeGround#OTHER}
   * ; {@link OutcomeGround#CANNOT_PROVIDE_NOT_HELD} is the only other value allowed.
   *
   * @return the row
   */
  @Value.Default
  public OutcomeGround getNotGovernmentInformationRow() {
    return OutcomeGround.OTHER;
  }

  /**
   * Whether a law, regulation or rule requiring disclosure also prevails over the internal-affairs
   * discretion of 2019 Art.16 para.1. The proviso "从其规定" is written in para.2 only ("上述信息");
   * default true is gongkai's interpretation [U]: Art.13 makes disclosure the rule, and a legal duty
   * to disclose cannot yield to a "may withhold". Set false to read para.1 literally.
   *
   * @return true if the proviso extends to internal affairs
   */
  @Value.Default
  public boolean isLawRequirementOverridesInternalAffairs() {
    return true;
  }

  @Value.Check
  void check() {
    OutcomeGround row = getNotGovernmentInformationRow();
    if (row != OutcomeGround.OTHER && row != OutcomeGround.CANNOT_PROVIDE_NOT_HELD) {
      throw new InvalidValueException(
          "notGovernmentInformationRow", row.getCode(), "must be other or cannot-provide-not-held");
    }
  }

  /**
   * The documented defaults.
   *
   * @return the default policy
   */
  public static DecisionPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionPolicy}. */
  public static final class Builder extends ImmutableDecisionPolicy.Builder {
    Builder() {}
  }
}

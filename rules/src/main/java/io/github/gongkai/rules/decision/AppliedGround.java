package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import java.util.List;
import org.immutables.value.Value;

/**
 * One ground of a decision: a row of the outcome-ground catalogue, whether it binds the agency, and
 * the provisions it rests on under the decision's regime. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppliedGround.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAppliedGround.class)
@JsonDeserialize(as = ImmutableAppliedGround.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAppliedGround.class)
@JsonPropertyOrder({"ground", "nature", "legalBases"})
public abstract class AppliedGround {
  AppliedGround() {}

  /**
   * The ground, from the one catalogue.
   *
   * @return the ground
   */
  public abstract OutcomeGround getGround();

  /**
   * Whether the ground is a mandatory or discretionary exemption, or no exemption.
   *
   * @return the nature
   */
  public abstract ExemptionNature getNature();

  /**
   * The provisions the ground rests on under the decision's regime.
   *
   * @return the bases, never empty
   */
  public abstract List<LegalBasis> getLegalBases();

  @Value.Check
  void check() {
    if (getLegalBases().isEmpty()) {
      throw new io.github.gongkai.core.InvalidValueException(
          "legalBases", "[]", "must cite at least one provision for ground " + getGround().getCode());
    }
  }

  /**
   * Creates an applied ground.
   *
   * @param ground the ground
   * @param nature its nature
   * @param legalBases the provisions, not empty
   * @return the applied ground
   */
  public static AppliedGround of(
      OutcomeGround ground, ExemptionNature nature, List<LegalBasis> legalBases) {
    return builder().ground(ground).nature(nature).legalBases(legalBases).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppliedGround}. */
  public static final class Builder extends ImmutableAppliedGround.Builder {
    Builder() {}
  }
}

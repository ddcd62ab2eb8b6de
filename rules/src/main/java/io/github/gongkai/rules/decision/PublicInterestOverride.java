package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The record of a public-interest override: third-party information disclosed because the agency
 * found that not disclosing it would majorly affect the public interest (2019 Art.15, 2008 Art.14).
 * The agency must notify each third party in writing of the content and the reasons (2019 Art.32)
 * and bears the burden of proving the public interest in court (SPC 2011 Art.5 para.2). Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicInterestOverride.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicInterestOverride.class)
@JsonDeserialize(as = ImmutablePublicInterestOverride.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicInterestOverride.class)
@JsonPropertyOrder({"reasons", "thirdParties"})
public abstract class PublicInterestOverride {
  PublicInterestOverride() {}

  /**
   * The agency's stated reasons.
   *
   * @return the reasons, not blank
   */
  public abstract String getReasons();

  /**
   * The third parties whose objection or non-consent was overridden and who must be notified.
   *
   * @return the third parties
   */
  public abstract List<String> getThirdParties();

  @Value.Check
  void check() {
    if (getReasons().isBlank()) {
      throw new InvalidValueException(
          "reasons", getReasons(), "must state why non-disclosure would majorly affect the public interest");
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

  /** Builds a {@link PublicInterestOverride}. */
  public static final class Builder extends ImmutablePublicInterestOverride.Builder {
    Builder() {}
  }
}

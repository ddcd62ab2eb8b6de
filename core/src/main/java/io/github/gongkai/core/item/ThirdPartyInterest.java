package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A third party's interest that disclosure of an item could harm (2019 Art.15): its kind, the third
 * party, and whether it consents (Art.32).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThirdPartyInterest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableThirdPartyInterest.class)
@JsonDeserialize(as = ImmutableThirdPartyInterest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableThirdPartyInterest.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "thirdParty", "consent"})
public abstract class ThirdPartyInterest {
  ThirdPartyInterest() {}

  /**
   * The kind of interest.
   *
   * @return the kind
   */
  public abstract ThirdPartyInterestKind getKind();

  /**
   * The third party (person or organisation) concerned.
   *
   * @return the name
   */
  public abstract @NotBlank(message = "{gongkai.thirdPartyInterest.thirdParty.NotBlank}") String
      getThirdParty();

  /**
   * The third party's consent state; {@link ConsentState#NOT_ASKED} by default.
   *
   * @return the state
   */
  @Value.Default
  public ConsentState getConsent() {
    return ConsentState.NOT_ASKED;
  }

  /**
   * An interest whose third party has not been asked.
   *
   * @param kind the kind; not null
   * @param thirdParty the third party; not null
   * @return the interest
   */
  public static ThirdPartyInterest of(ThirdPartyInterestKind kind, String thirdParty) {
    return builder().kind(kind).thirdParty(thirdParty).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThirdPartyInterest}. */
  public static final class Builder extends ImmutableThirdPartyInterest.Builder {
    Builder() {}
  }
}

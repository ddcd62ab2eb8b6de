package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.OutcomeGround;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The record of a discretionary exemption (2019 Art.16; under 2008, 国办发〔2010〕5号): which
 * discretionary grounds applied, what the agency chose, whether that choice came from the agency or
 * from the {@link DecisionPolicy} default, and whether a law, regulation or rule requiring disclosure
 * prevailed (2019 Art.16 para.2: "法律、法规、规章规定上述信息应当公开的，从其规定"). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscretionRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDiscretionRecord.class)
@JsonDeserialize(as = ImmutableDiscretionRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDiscretionRecord.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"grounds", "choice", "choiceByPolicyDefault", "lawRequiringDisclosure", "lawPrevails"})
public abstract class DiscretionRecord {
  DiscretionRecord() {}

  /**
   * The discretionary grounds that applied to the item, in catalogue order.
   *
   * @return the grounds, not empty
   */
  public abstract List<OutcomeGround> getGrounds();

  /**
   * The agency's choice (or the policy default when the agency stated none).
   *
   * @return the choice
   */
  public abstract DiscretionaryChoice getChoice();

  /**
   * Whether the choice is the {@link DecisionPolicy#getDefaultDiscretionaryChoice() policy
   * default} because the agency stated none.
   *
   * @return true if defaulted
   */
  public abstract boolean isChoiceByPolicyDefault();

  /**
   * The law, regulation or rule requiring disclosure, if the agency named one, or the item's
   * proactive-disclosure category.
   *
   * @return the provision's name, or null
   */
  public abstract @Nullable String getLawRequiringDisclosure();

  /**
   * Whether a requirement to disclose prevailed over the discretion, so that the grounds do not
   * withhold the item whatever the choice.
   *
   * @return true if the law prevails
   */
  public abstract boolean isLawPrevails();

  /**
   * Whether the discretion, as exercised, withholds the item.
   *
   * @return true if the grounds withhold it
   */
  public boolean withholds() {
    return getChoice() == DiscretionaryChoice.WITHHOLD && !isLawPrevails();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiscretionRecord}. */
  public static final class Builder extends ImmutableDiscretionRecord.Builder {
    Builder() {}
  }
}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import org.immutables.value.Value;

/** The decision on one item of a request, with the item's id. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableItemDecision.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableItemDecision.class)
@JsonDeserialize(as = ImmutableItemDecision.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableItemDecision.class)
@JsonPropertyOrder({"itemId", "decision"})
public abstract class ItemDecision {
  ItemDecision() {}

  /**
   * The item's id.
   *
   * @return the id, not blank
   */
  public abstract String getItemId();

  /**
   * The decision on the item.
   *
   * @return the decision
   */
  public abstract DisclosureDecision getDecision();

  @Value.Check
  void check() {
    if (getItemId().isBlank()) {
      throw new InvalidValueException("itemId", getItemId(), "must not be blank");
    }
  }

  /**
   * Pairs an item id with its decision.
   *
   * @param itemId the id; not blank
   * @param decision the decision; not null
   * @return the pair
   */
  public static ItemDecision of(String itemId, DisclosureDecision decision) {
    return builder()
        .itemId(InvalidValueException.requireNonNull(itemId, "itemId"))
        .decision(InvalidValueException.requireNonNull(decision, "decision"))
        .build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemDecision}. */
  public static final class Builder extends ImmutableItemDecision.Builder {
    Builder() {}
  }
}

package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one requested item within an {@link Answered} event: the item and its {@link
 * OutcomeGround}. A partial answer (Art.37) lists the items released and the items withheld with their
 * grounds.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableItemOutcome.class)
@JsonDeserialize(as = ImmutableItemOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableItemOutcome.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"itemId", "description", "ground"})
public abstract class ItemOutcome {
  ItemOutcome() {}

  /**
   * The item's id, e.g. an {@link io.github.gongkai.core.item.InformationItem} id or the number of
   * the item in the request.
   *
   * @return the id, not blank
   */
  public abstract @NotBlank(message = "{gongkai.itemOutcome.itemId.NotBlank}") String getItemId();

  /**
   * A description of the item.
   *
   * @return the description, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.itemOutcome.description.Size}")
      String getDescription();

  /**
   * The outcome for this item.
   *
   * @return the ground
   */
  public abstract OutcomeGround getGround();

  @Value.Check
  void check() {
    if (getItemId().isBlank()) {
      throw new InvalidValueException("itemId", getItemId(), "must not be blank");
    }
  }

  /**
   * An item outcome.
   *
   * @param itemId the item id; not blank
   * @param ground the ground; not null
   * @return the outcome
   */
  public static ItemOutcome of(String itemId, OutcomeGround ground) {
    return builder().itemId(itemId).ground(ground).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemOutcome}. */
  public static final class Builder extends ImmutableItemOutcome.Builder {
    Builder() {}
  }
}

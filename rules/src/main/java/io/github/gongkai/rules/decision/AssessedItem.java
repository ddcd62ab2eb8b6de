package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.item.InformationItem;
import org.immutables.value.Value;

/** One item of a request with the agency's assessment of it. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessedItem.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAssessedItem.class)
@JsonDeserialize(as = ImmutableAssessedItem.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAssessedItem.class)
@JsonPropertyOrder({"item", "assessment"})
public abstract class AssessedItem {
  AssessedItem() {}

  /**
   * The item.
   *
   * @return the item
   */
  public abstract InformationItem getItem();

  /**
   * The agency's assessment; {@link ItemAssessment#none()} when absent.
   *
   * @return the assessment
   */
  @Value.Default
  public ItemAssessment getAssessment() {
    return ItemAssessment.none();
  }

  /**
   * Pairs an item with an assessment.
   *
   * @param item the item; not null
   * @param assessment the assessment; not null
   * @return the pair
   */
  public static AssessedItem of(InformationItem item, ItemAssessment assessment) {
    return builder().item(item).assessment(assessment).build();
  }

  /**
   * An item with no assessment.
   *
   * @param item the item; not null
   * @return the pair
   */
  public static AssessedItem of(InformationItem item) {
    return builder().item(item).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessedItem}. */
  public static final class Builder extends ImmutableAssessedItem.Builder {
    Builder() {}
  }
}

package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.json.SchemaVersion;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A decision input as one JSON document — what an embedding system (or {@code gongkai decide})
 * sends to have a request decided:
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,                      // optional, 1
 *   "item": { ...InformationItem... },       // one item, or
 *   "assessment": { ...ItemAssessment... },  //   its optional assessment;
 *   "items": [ { "item": {...}, "assessment": {...} }, ... ],  // or several items of one request
 *   "context": { "requestDate": "2024-03-01", ... },            // optional DecisionContext
 *   "policy": { "defaultDiscretionaryChoice": "withhold", ... }  // optional DecisionPolicy
 * }
 * }</pre>
 *
 * <p>Exactly one of {@code item} and {@code items} is required; {@code assessment} only goes with
 * {@code item}. Without {@code context} the request is decided under the 2019 Regulation with no
 * request-level findings (and a secrecy marking counts as in force). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionInput.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionInput.class)
@JsonDeserialize(as = ImmutableDecisionInput.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecisionInput.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schemaVersion", "item", "assessment", "items", "context", "policy"})
public abstract class DecisionInput {
  private static final DecisionContext DEFAULT_CONTEXT = DecisionContext.of(Regime.R2019);

  DecisionInput() {}

  /**
   * The JSON schema version.
   *
   * @return the version, {@link SchemaVersion#CURRENT} by default
   */
  @Value.Default
  public int getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  /**
   * The one item to decide, or null when {@link #getItems()} is used.
   *
   * @return the item, or null
   */
  public abstract @Nullable InformationItem getItem();

  /**
   * The assessment of {@link #getItem()}, or null for none.
   *
   * @return the assessment, or null
   */
  public abstract @Nullable ItemAssessment getAssessment();

  /**
   * The items of a request over several items, or empty when {@link #getItem()} is used.
   *
   * @return the items
   */
  public abstract List<AssessedItem> getItems();

  /**
   * The request context, or null for the default (2019 Regulation, no findings).
   *
   * @return the context, or null
   */
  public abstract @Nullable DecisionContext getContext();

  /**
   * The decision policy, or null for {@link DecisionPolicy#defaults()}.
   *
   * @return the policy, or null
   */
  public abstract @Nullable DecisionPolicy getPolicy();

  /**
   * The decider for this input: the standard one, or one with {@link #getPolicy()}.
   *
   * @return the decider
   */
  public DisclosureDecider decider() {
    DecisionPolicy p = getPolicy();
    return p == null ? DisclosureDecider.standard() : DisclosureDecider.of(p);
  }

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    boolean one = getItem() != null;
    boolean many = !getItems().isEmpty();
    if (one == many) {
      throw new InvalidValueException(
          "item", one ? "item and items" : null, "exactly one of item and items is required");
    }
    if (many && getAssessment() != null) {
      throw new InvalidValueException(
          "assessment", "given with items", "must be given per item inside items");
    }
  }

  /**
   * The context to decide under: {@link #getContext()} or the default.
   *
   * @return the context
   */
  public DecisionContext effectiveContext() {
    DecisionContext c = getContext();
    return c == null ? DEFAULT_CONTEXT : c;
  }

  /**
   * The items to decide, as assessed items (one for {@link #getItem()}).
   *
   * @return the items, not empty
   */
  public List<AssessedItem> assessedItems() {
    InformationItem item = getItem();
    if (item == null) {
      return getItems();
    }
    ItemAssessment a = getAssessment();
    List<AssessedItem> one = new ArrayList<>(1);
    one.add(AssessedItem.of(item, a == null ? ItemAssessment.none() : a));
    return one;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionInput}. */
  public static final class Builder extends ImmutableDecisionInput.Builder {
    Builder() {}
  }
}

package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import org.immutables.value.Value;

/**
 * The open points of replaying a request's history, each a parameter with a documented default.
 *
 * <ul>
 *   <li>{@link #getDeadlinePolicy()}: the deadline policy, default {@link
 *       DeadlinePolicy#defaults()};
 *   <li>{@link #getWithdrawnOutcome()}: the table 三 row a withdrawn request is counted in. Table 三
 *       has no "withdrawn" row; the usual practice is （六）3 其他, the default {@link
 *       OutcomeGround#OTHER}. Must be a ground of category （六） 其他处理.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LifecyclePolicy {
  private static final LifecyclePolicy DEFAULTS = builder().build();

  LifecyclePolicy() {}

  /**
   * The policy with every default.
   *
   * @return the defaults
   */
  public static LifecyclePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The deadline policy. Default {@link DeadlinePolicy#defaults()}.
   *
   * @return the deadline policy
   */
  @Value.Default
  public DeadlinePolicy getDeadlinePolicy() {
    return DeadlinePolicy.defaults();
  }

  /**
   * The row a withdrawn request is counted in. Default {@link OutcomeGround#OTHER} (（六）3 其他).
   *
   * @return the ground
   */
  @Value.Default
  public OutcomeGround getWithdrawnOutcome() {
    return OutcomeGround.OTHER;
  }

  @Value.Check
  void check() {
    if (getWithdrawnOutcome().getCategory() != OutcomeCategory.OTHER) {
      throw new InvalidValueException(
          "withdrawnOutcome", getWithdrawnOutcome().getCode(), "must be a ground of （六）其他处理");
    }
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LifecyclePolicy}; unset parameters keep their defaults. */
  public static final class Builder extends ImmutableLifecyclePolicy.Builder {
    Builder() {}
  }
}

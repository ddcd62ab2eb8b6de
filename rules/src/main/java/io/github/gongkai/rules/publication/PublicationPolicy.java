package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The points of publication tracking that the sources leave to the agency or give only as policy
 * (docs/legal-reference.md §8A, §10), each a parameter with a documented default. A binding limit
 * of the table ({@link PublicationLimits}) may only be made stricter; a limit the table gives only
 * as policy (the 7 working days of 国办发〔2015〕51号) may be set from 1 to 20 working days, the
 * longest limit of the table ({@link PublicationLimits#policyBound}).
 *
 * <table>
 *   <caption>Parameters and defaults</caption>
 *   <tr><th>Parameter</th><th>Default</th><th>Why</th></tr>
 *   <tr><td>{@link #getDeadlinePolicy()}</td><td>{@link DeadlinePolicy#defaults()}</td>
 *       <td>the working-day conventions of the request deadlines (make-up working days counted, the
 *       start day not counted) and the local proactive limit {@link
 *       DeadlinePolicy#getProactiveWorkingDays()} (default 20, 2019 Art.26; a stricter local limit
 *       such as 15 may be set)</td></tr>
 *   <tr><td>{@link #getClassWorkingDays()}</td><td>none</td>
 *       <td>per-class proactive limits, keyed by the agency's catalogue class; a class limit
 *       replaces the local limit for that class, within the 20 working days of Art.26</td></tr>
 *   <tr><td>{@link #getLicenceWorkingDays()}</td><td>7 (the table's)</td>
 *       <td>国办发〔2015〕51号: a policy limit, not statute — an interpretation</td></tr>
 *   <tr><td>{@link #getPenaltyWorkingDays()}</td><td>the table's for the route: 7 (general, policy)
 *       or 20 (market regulation)</td><td>国办发〔2015〕51号; 国家市场监督管理总局令第45号</td></tr>
 *   <tr><td>{@link #getWithdrawalWorkingDays()}</td><td>3 (the table's)</td>
 *       <td>《中华人民共和国行政处罚法》第四十八条, working days by 第八十五条</td></tr>
 *   <tr><td>{@link #getPenaltyRoute()}</td><td>{@link PublicationRoute#GENERAL}</td>
 *       <td>market-regulation agencies publish under 总局令第45号 instead</td></tr>
 *   <tr><td>{@link #getExcludedCategories()}</td><td>none</td>
 *       <td>classes of decisions the agency's own rules exclude from 双公示, e.g. 检验检疫类</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationPolicy.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationPolicy.class)
@JsonDeserialize(as = ImmutablePublicationPolicy.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublicationPolicy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "deadlinePolicy",
  "classWorkingDays",
  "licenceWorkingDays",
  "penaltyWorkingDays",
  "withdrawalWorkingDays",
  "penaltyRoute",
  "excludedCategories"
})
public abstract class PublicationPolicy {
  private static final PublicationPolicy DEFAULTS = builder().build();

  PublicationPolicy() {}

  /**
   * The policy with every default.
   *
   * @return the defaults
   */
  public static PublicationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The working-day conventions and the local proactive limit. Default {@link
   * DeadlinePolicy#defaults()}.
   *
   * @return the deadline policy
   */
  @Value.Default
  public DeadlinePolicy getDeadlinePolicy() {
    return DeadlinePolicy.defaults();
  }

  /**
   * Proactive limits per catalogue class (the agency's class name or code → working days, 1 to 20).
   * Default none.
   *
   * @return the limits
   */
  public abstract Map<String, Integer> getClassWorkingDays();

  /**
   * Working days to publish a licensing decision, 1 to 20, or null for the table's 7 (国办发〔2015〕51号,
   * policy).
   *
   * @return the limit, or null
   */
  public abstract @Nullable Integer getLicenceWorkingDays();

  /**
   * Working days to publish a penalty decision, or null for the table's for the route: 1 to 20 on
   * either route (the general 7 is policy; 总局令第45号's 20 binds).
   *
   * @return the limit, or null
   */
  public abstract @Nullable Integer getPenaltyWorkingDays();

  /**
   * Working days to withdraw a changed or revoked penalty decision, or null for the table's 3.
   *
   * @return the limit, or null
   */
  public abstract @Nullable Integer getWithdrawalWorkingDays();

  /**
   * The route of penalty decisions. Default {@link PublicationRoute#GENERAL}.
   *
   * @return the route
   */
  @Value.Default
  public PublicationRoute getPenaltyRoute() {
    return PublicationRoute.GENERAL;
  }

  /**
   * Decision categories the agency excludes from 双公示 (matched exactly against {@link
   * EnforcementDecision#getCategory()}). Default none.
   *
   * @return the categories
   */
  public abstract List<String> getExcludedCategories();

  /**
   * The policy's limit for a kind, or null when the table's applies. For {@link
   * PublicationKind#PROACTIVE} this is the deadline policy's local limit when below 20.
   *
   * @param kind the kind; not null
   * @return the working days, or null
   */
  public @Nullable Integer limitFor(PublicationKind kind) {
    switch (InvalidValueException.requireNonNull(kind, "kind")) {
      case PROACTIVE:
        int local = getDeadlinePolicy().getProactiveWorkingDays();
        return local < PublicationLimits.maximum(PublicationKind.PROACTIVE, PublicationRoute.GENERAL) ? local : null;
      case LICENCE:
        return getLicenceWorkingDays();
      case PENALTY:
        return getPenaltyWorkingDays();
      default:
        return getWithdrawalWorkingDays();
    }
  }

  /**
   * This policy with the agency's limit for one kind (the command line's {@code --limit}).
   *
   * @param kind the kind; not null
   * @param workingDays the limit
   * @return the modified policy
   * @throws InvalidValueException if the limit is outside 1 to {@link PublicationLimits#policyBound}
   */
  public PublicationPolicy withLimit(PublicationKind kind, int workingDays) {
    Builder b = builder().from(this);
    switch (InvalidValueException.requireNonNull(kind, "kind")) {
      case PROACTIVE:
        b.deadlinePolicy(DeadlinePolicy.builder().from(getDeadlinePolicy()).proactiveWorkingDays(workingDays).build());
        break;
      case LICENCE:
        b.licenceWorkingDays(workingDays);
        break;
      case PENALTY:
        b.penaltyWorkingDays(workingDays);
        break;
      default:
        b.withdrawalWorkingDays(workingDays);
    }
    return b.build();
  }

  @Value.Check
  void check() {
    PublicationRoute route = getPenaltyRoute();
    int proactiveMax = PublicationLimits.maximum(PublicationKind.PROACTIVE, route);
    for (Map.Entry<String, Integer> e : getClassWorkingDays().entrySet()) {
      if (e.getKey().isBlank()) {
        throw new InvalidValueException("classWorkingDays", e.getKey(), "must name a class");
      }
      within("classWorkingDays." + e.getKey(), e.getValue(), proactiveMax);
    }
    within("licenceWorkingDays", getLicenceWorkingDays(), PublicationLimits.policyBound(PublicationKind.LICENCE, route));
    within("penaltyWorkingDays", getPenaltyWorkingDays(), PublicationLimits.policyBound(PublicationKind.PENALTY, route));
    within(
        "withdrawalWorkingDays",
        getWithdrawalWorkingDays(),
        PublicationLimits.maximum(PublicationKind.WITHDRAWAL, route));
    for (String c : getExcludedCategories()) {
      if (c.isBlank()) {
        throw new InvalidValueException("excludedCategories", c, "must not be blank");
      }
    }
  }

  private static void within(String field, @Nullable Integer value, int max) {
    if (value != null && (value < 1 || value > max)) {
      throw new InvalidValueException(
          field, value.toString(), "must be 1 to " + max + " (PublicationLimits.policyBound: a binding limit may only be made stricter)");
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

  /** Builds a {@link PublicationPolicy}; unset parameters keep their defaults. */
  public static final class Builder extends ImmutablePublicationPolicy.Builder {
    Builder() {}
  }
}

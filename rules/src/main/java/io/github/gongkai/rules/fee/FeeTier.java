package io.github.gongkai.rules.fee;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.money.Yuan;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One tier of the information-processing fee scale (国办函〔2020〕109号 Art.4 or Art.5).
 *
 * <p>Units {@link #getFirstUnit()} to {@link #getLastUnit()} (inclusive; open when the last unit is
 * null) cost {@link #getYuanPerUnit()} each. An open tier may be banded: every {@link
 * #getBandWidth()} units the price per unit rises by {@link #getBandStep()} (the per-item scale
 * from item 31 on: 31–40 cost 200 元 each, 41–50 cost 300 元 each, and so on).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeeTier {
  FeeTier() {}

  /**
   * The first unit (item or page) of this tier, counted from 1.
   *
   * @return the first unit, 1 or more
   */
  public abstract int getFirstUnit();

  /**
   * The last unit of this tier, or null for the open top tier.
   *
   * @return the last unit, or null
   */
  public abstract @Nullable Integer getLastUnit();

  /**
   * The price of each unit in this tier (of its first band, for a banded tier), in yuan.
   *
   * @return the price, not negative
   */
  public abstract Yuan getYuanPerUnit();

  /**
   * Units per band of a banded tier, 0 for an unbanded one.
   *
   * @return the band width
   */
  @Value.Default
  public int getBandWidth() {
    return 0;
  }

  /**
   * How much the unit price rises from one band to the next, in yuan; zero when unbanded.
   *
   * @return the step
   */
  @Value.Default
  public Yuan getBandStep() {
    return Yuan.ZERO;
  }

  /**
   * The provision that sets this tier.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  @Value.Check
  void check() {
    if (getFirstUnit() < 1) {
      throw new InvalidValueException(
          "firstUnit", Integer.toString(getFirstUnit()), "must be 1 or more");
    }
    Integer last = getLastUnit();
    if (last != null && last < getFirstUnit()) {
      throw new InvalidValueException(
          "lastUnit", last.toString(), "must not be before the first unit " + getFirstUnit());
    }
    if (getBandWidth() < 0 || (getBandWidth() > 0 && last != null)) {
      throw new InvalidValueException(
          "bandWidth",
          Integer.toString(getBandWidth()),
          "must be 0, or positive on the open top tier only");
    }
    if (getBandWidth() == 0 && !getBandStep().isZero()) {
      throw new InvalidValueException(
          "bandStep", getBandStep().toString(), "must only be set on a banded tier");
    }
  }

  /**
   * The price of one unit of this tier.
   *
   * @param unit the unit number, within this tier
   * @return the price in yuan
   */
  public Yuan priceOf(int unit) {
    if (unit < getFirstUnit() || (getLastUnit() != null && unit > getLastUnit())) {
      throw new InvalidValueException(
          "unit", Integer.toString(unit), "must lie in the tier starting at " + getFirstUnit());
    }
    if (getBandWidth() == 0) {
      return getYuanPerUnit();
    }
    int band = (unit - getFirstUnit()) / getBandWidth();
    return getYuanPerUnit().plus(getBandStep().times(band));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeTier}. */
  public static final class Builder extends ImmutableFeeTier.Builder {
    Builder() {}
  }
}

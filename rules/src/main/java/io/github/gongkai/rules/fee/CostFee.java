package io.github.gongkai.rules.fee;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.money.Yuan;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A cost fee charged for one request under the 2008 Regulation, with any hardship waiver.
 *
 * <p>Art.27 of the 2008 Regulation allowed only the cost of retrieval, copying and postage; Art.28
 * required waiving it for citizens in economic difficulty. {@link #getCharged()} is the fee
 * assessed, {@link #getWaived()} the part waived, {@link #getCollected()} the difference. These
 * records feed the 2008 annual report's item 收费及减免 (Art.32(3)) through {@link FeeSummary}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostFee {
  CostFee() {}

  /**
   * The request charged.
   *
   * @return the request id
   */
  public abstract String getRequestId();

  /**
   * The day the fee was assessed (for a request governed by the 2008 Regulation, which may be
   * after 2019-05-15 for a request received before).
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * What the fee is for.
   *
   * @return the kind
   */
  public abstract CostFeeKind getKind();

  /**
   * The fee assessed, in yuan.
   *
   * @return the amount, not negative
   */
  public abstract Yuan getCharged();

  /**
   * The part waived for hardship (Art.28 of the 2008 Regulation), in yuan.
   *
   * @return the amount waived, between 0 and the amount charged
   */
  @Value.Default
  public Yuan getWaived() {
    return Yuan.ZERO;
  }

  /**
   * The amount actually collected.
   *
   * @return charged − waived
   */
  public Yuan getCollected() {
    return Yuan.of(getCharged().getAmount().subtract(getWaived().getAmount()));
  }

  /**
   * Whether any of the fee was waived.
   *
   * @return true if the waived amount is positive
   */
  public boolean isWaived() {
    return !getWaived().isZero();
  }

  /**
   * Where the charge comes from: Art.27 of the 2008 Regulation.
   *
   * @return the legal basis
   */
  public LegalBasis getLegalBasis() {
    return LegalBasis.of(Regime.R2008, 27);
  }

  /**
   * Where a waiver comes from: Art.28 of the 2008 Regulation.
   *
   * @return the legal basis
   */
  public LegalBasis getWaiverBasis() {
    return LegalBasis.of(Regime.R2008, 28);
  }

  @Value.Check
  void check() {
    if (getWaived().compareTo(getCharged()) > 0) {
      throw new InvalidValueException(
          "waived",
          getWaived().toString(),
          "must not exceed the amount charged " + getCharged());
    }
    if (getRequestId().isBlank()) {
      throw new InvalidValueException("requestId", getRequestId(), "must not be blank");
    }
    if (getDate().isBefore(Regime.R2008.getEffectiveFrom())) {
      throw new InvalidValueException(
          "date", getDate().toString(), "must not be before the 2008 Regulation took effect (2008-05-01)");
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

  /** Builds a {@link CostFee}. */
  public static final class Builder extends ImmutableCostFee.Builder {
    Builder() {}
  }
}

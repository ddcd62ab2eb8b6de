package io.github.gongkai.rules.fee;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.money.Yuan;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Totals of cost fees and waivers for the 2008 annual report's item 收费及减免 (Art.32(3) of the
 * 2008 Regulation).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeeSummary {
  FeeSummary() {}

  /**
   * Total assessed, in yuan.
   *
   * @return the total charged
   */
  public abstract Yuan getCharged();

  /**
   * Total waived, in yuan.
   *
   * @return the total waived
   */
  public abstract Yuan getWaived();

  /**
   * Total collected, in yuan.
   *
   * @return charged − waived
   */
  public Yuan getCollected() {
    return Yuan.of(getCharged().getAmount().subtract(getWaived().getAmount()));
  }

  /**
   * Requests charged any fee.
   *
   * @return the number of distinct requests with a fee
   */
  public abstract int getRequestsCharged();

  /**
   * Requests with a fee waived in whole or part.
   *
   * @return the number of distinct requests with a waiver
   */
  public abstract int getRequestsWaived();

  /**
   * Sums fee records.
   *
   * @param fees the records; not null
   * @return the totals
   */
  public static FeeSummary of(Iterable<CostFee> fees) {
    InvalidValueException.requireNonNull(fees, "fees");
    Yuan charged = Yuan.ZERO;
    Yuan waived = Yuan.ZERO;
    Set<String> requests = new HashSet<>();
    Set<String> waivedRequests = new HashSet<>();
    for (CostFee f : fees) {
      InvalidValueException.requireNonNull(f, "fees[]");
      charged = charged.plus(f.getCharged());
      waived = waived.plus(f.getWaived());
      requests.add(f.getRequestId());
      if (f.isWaived()) {
        waivedRequests.add(f.getRequestId());
      }
    }
    return ImmutableFeeSummary.builder()
        .charged(charged)
        .waived(waived)
        .requestsCharged(requests.size())
        .requestsWaived(waivedRequests.size())
        .build();
  }
}

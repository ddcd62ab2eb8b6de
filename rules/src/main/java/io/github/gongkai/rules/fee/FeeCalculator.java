package io.github.gongkai.rules.fee;

import io.github.gongkai.core.internal.ResourceTables;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.FeeMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Information-processing fees (信息处理费) under 国办函〔2020〕109号.
 *
 * <p>Two methods, one per request, both progressive on the excess (超额累进):
 *
 * <ul>
 *   <li>per item (按件, Art.4), cumulative per applicant within one calendar month: items 1–10
 *       free, 11–30 at 100 元 each, then bands of 10 items each 100 元 per item more (31–40 at 200,
 *       41–50 at 300, …);
 *   <li>per volume (按量, Art.5), by pages: 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201
 *       at 40 元 per page.
 * </ul>
 *
 * <p>The tiers are statutory data read from the reviewed resource {@code fee-tiers.tsv}, which
 * names its source. Whether pages are counted per request or across a month is not settled
 * (docs/legal-reference.md §10 item 3): the caller decides by what it passes as prior units; {@link
 * #perVolume(int)} counts per request, the default gongkai uses.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeeCalculator {
  private static final String RESOURCE = "fee-tiers.tsv";
  private static final int MAX_UNITS = 10_000_000;
  private static final FeeCalculator STANDARD = load();

  private final Map<FeeMethod, List<FeeTier>> tiers;

  private FeeCalculator(Map<FeeMethod, List<FeeTier>> tiers) {
    this.tiers = tiers;
  }

  /**
   * The national scale of 国办函〔2020〕109号.
   *
   * @return the calculator
   */
  public static FeeCalculator standard() {
    return STANDARD;
  }

  /**
   * A calculator with custom tiers, for a local scale.
   *
   * @param perItem per-item tiers, contiguous from unit 1, the last one open; not null
   * @param perVolume per-volume tiers, likewise
   * @return the calculator
   * @throws InvalidValueException if the tiers do not cover every unit exactly once
   */
  public static FeeCalculator of(List<FeeTier> perItem, List<FeeTier> perVolume) {
    Map<FeeMethod, List<FeeTier>> m = new EnumMap<>(FeeMethod.class);
    m.put(FeeMethod.PER_ITEM, checked("perItem", perItem));
    m.put(FeeMethod.PER_VOLUME, checked("perVolume", perVolume));
    return new FeeCalculator(m);
  }

  /**
   * The tiers of one method, in unit order.
   *
   * @param method the method; not null
   * @return the tiers
   */
  public List<FeeTier> getTiers(FeeMethod method) {
    FeeMethod m = InvalidValueException.requireNonNull(method, "method");
    // of(...) puts the tiers of every method
    return Objects.requireNonNull(tiers.get(m), m::getCode);
  }

  /**
   * The fee for a request charged per item (按件).
   *
   * @param itemsEarlierThisMonth items already counted for the same applicant in the same
   *     calendar month, 0 or more
   * @param items the items of this request, 0 or more
   * @return the quote
   * @throws InvalidValueException for negative or absurdly large counts
   */
  public FeeQuote perItem(int itemsEarlierThisMonth, int items) {
    return quote(FeeMethod.PER_ITEM, itemsEarlierThisMonth, items);
  }

  /**
   * The fee for a request charged per volume (按量), counting pages per request.
   *
   * @param pages the pages of this request, 0 or more
   * @return the quote
   */
  public FeeQuote perVolume(int pages) {
    return quote(FeeMethod.PER_VOLUME, 0, pages);
  }

  /**
   * The per-item fees of one applicant's requests in one calendar month, in the order received:
   * each request is charged from where the previous one left off.
   *
   * @param itemsPerRequest the item count of each request, in order; not null
   * @return one quote per request
   */
  public List<FeeQuote> perItemForMonth(List<Integer> itemsPerRequest) {
    InvalidValueException.requireNonNull(itemsPerRequest, "itemsPerRequest");
    List<FeeQuote> out = new ArrayList<>(itemsPerRequest.size());
    int prior = 0;
    for (Integer n : itemsPerRequest) {
      FeeQuote q = perItem(prior, InvalidValueException.requireNonNull(n, "itemsPerRequest[]"));
      out.add(q);
      prior += n;
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The fee for {@code quantity} units after {@code priorUnits} already counted.
   *
   * @param method the method; not null
   * @param priorUnits units counted before, 0 or more
   * @param quantity units of this request, 0 or more
   * @return the quote
   * @throws InvalidValueException for negative counts or more than ten million units in all
   */
  public FeeQuote quote(FeeMethod method, int priorUnits, int quantity) {
    InvalidValueException.requireNonNull(method, "method");
    requireCount("priorUnits", priorUnits);
    requireCount("quantity", quantity);
    if ((long) priorUnits + quantity > MAX_UNITS) {
      throw new InvalidValueException(
          "quantity", Integer.toString(quantity), "with prior units must not exceed " + MAX_UNITS);
    }
    List<FeeTier> scale = getTiers(method);
    List<FeeLine> lines = new ArrayList<>();
    int first = priorUnits + 1;
    int last = priorUnits + quantity;
    for (FeeTier t : scale) {
      Integer tierLast = t.getLastUnit();
      int from = Math.max(first, t.getFirstUnit());
      int to = tierLast == null ? last : Math.min(last, tierLast);
      if (from > to) {
        continue;
      }
      if (t.getBandWidth() == 0) {
        lines.add(FeeLine.of(from, to, t.getYuanPerUnit(), t.getLegalBasis()));
      } else {
        int u = from;
        while (u <= to) {
          int bandEnd =
              t.getFirstUnit() + ((u - t.getFirstUnit()) / t.getBandWidth() + 1) * t.getBandWidth() - 1;
          int end = Math.min(to, bandEnd);
          lines.add(FeeLine.of(u, end, t.priceOf(u), t.getLegalBasis()));
          u = end + 1;
        }
      }
    }
    return ImmutableFeeQuote.builder()
        .method(method)
        .priorUnits(priorUnits)
        .quantity(quantity)
        .lines(lines)
        .legalBasis(
            LegalBasis.builder()
                .regime(Regime.R2019)
                .instrument(LegalInstrument.FEE_MEASURES_2020)
                .article(method == FeeMethod.PER_ITEM ? 4 : 5)
                .build())
        .build();
  }

  private static void requireCount(String field, int n) {
    if (n < 0) {
      throw new InvalidValueException(field, Integer.toString(n), "must be 0 or more");
    }
  }

  private static List<FeeTier> checked(String field, List<FeeTier> list) {
    InvalidValueException.requireNonNull(list, field);
    int expected = 1;
    for (int i = 0; i < list.size(); i++) {
      FeeTier t = InvalidValueException.requireNonNull(list.get(i), field + "[" + i + "]");
      if (expected < 0) {
        throw new InvalidValueException(
            field + "[" + i + "]", Integer.toString(t.getFirstUnit()), "must not follow the open tier");
      }
      if (t.getFirstUnit() != expected) {
        throw new InvalidValueException(
            field + "[" + i + "].firstUnit",
            Integer.toString(t.getFirstUnit()),
            "must continue the previous tier at unit " + expected);
      }
      Integer last = t.getLastUnit();
      expected = last == null ? -1 : last + 1;
    }
    if (expected != -1) {
      throw new InvalidValueException(field, Integer.toString(list.size()) + " tiers", "must end with an open tier");
    }
    return List.copyOf(list);
  }

  private static FeeCalculator load() {
    List<FeeTier> perItem = new ArrayList<>();
    List<FeeTier> perVolume = new ArrayList<>();
    ResourceTables.forEachRow(
        FeeCalculator.class,
        RESOURCE,
        7,
        f -> {
          List<FeeTier> scale;
          if ("per-item".equals(f[0])) {
            scale = perItem;
          } else if ("per-volume".equals(f[0])) {
            scale = perVolume;
          } else {
            throw new IllegalStateException("unknown method " + f[0]);
          }
          FeeTier.Builder b =
              FeeTier.builder()
                  .firstUnit(Integer.parseInt(f[1]))
                  .yuanPerUnit(Yuan.parse(f[3]))
                  .legalBasis(LegalBasis.parse(Regime.R2019, f[6]));
          if (!"*".equals(f[2])) {
            b.lastUnit(Integer.parseInt(f[2]));
          }
          if (!"-".equals(f[4])) {
            b.bandWidth(Integer.parseInt(f[4])).bandStep(Yuan.parse(f[5]));
          }
          scale.add(b.build());
        });
    return of(perItem, perVolume);
  }
}

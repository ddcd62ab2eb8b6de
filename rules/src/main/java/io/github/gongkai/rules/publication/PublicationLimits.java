package io.github.gongkai.rules.publication;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.ResourceTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed table of publication time limits, {@code publication-limits.tsv}: proactive
 * information 20 working days (《中华人民共和国政府信息公开条例》第二十六条; 2008 第十八条), licensing and
 * penalty decisions 7 working days (国办发〔2015〕51号, policy), market-regulation penalty decisions
 * 20 working days (国家市场监督管理总局令第45号, from 2021-09-01), withdrawal of a changed or revoked
 * penalty decision 3 working days (《中华人民共和国行政处罚法》第四十八条、第八十五条; 总局令第45号).
 * docs/legal-reference.md §8A.
 *
 * <p>Thread-safe.
 */
public final class PublicationLimits {
  private static final String RESOURCE = "publication-limits.tsv";
  private static final List<PublicationLimit> ALL = load();

  private PublicationLimits() {}

  /**
   * Every row of the table, in its order.
   *
   * @return the rows, unmodifiable
   */
  public static List<PublicationLimit> all() {
    return ALL;
  }

  /**
   * The row for a kind of publication counted from a day on a route.
   *
   * @param kind the kind; not null
   * @param route the route; not null (ignored by rows for every route)
   * @param from the day counted from (formation, change, decision or revision); not null
   * @return the row
   * @throws InvalidValueException if the instrument of the route was not yet in force on {@code
   *     from} (总局令第45号 before 2021-09-01)
   */
  public static PublicationLimit of(PublicationKind kind, PublicationRoute route, LocalDate from) {
    InvalidValueException.requireNonNull(kind, "kind");
    InvalidValueException.requireNonNull(route, "route");
    InvalidValueException.requireNonNull(from, "from");
    Regime regime = Regime.forDate(from);
    for (PublicationLimit l : ALL) {
      if (l.getKind() == kind
          && (l.getRoute() == null || l.getRoute() == route)
          && (l.getRegime() == null || l.getRegime() == regime)) {
        LocalDate inForce = l.getInForceFrom();
        if (inForce != null && from.isBefore(inForce)) {
          throw new InvalidValueException(
              "from",
              from.toString(),
              "is before " + inForce + ", when " + l.getLegalBasis().toChinese()
                  + " came into force; use the route " + PublicationRoute.GENERAL.getCode());
        }
        return l;
      }
    }
    throw new IllegalStateException(RESOURCE + ": no row for " + kind.getCode() + "/" + route.getCode());
  }

  /**
   * The largest limit of a kind on a route over all regimes and dates: the bound a stricter policy
   * limit must stay within.
   *
   * @param kind the kind; not null
   * @param route the route; not null
   * @return the working days
   */
  public static int maximum(PublicationKind kind, PublicationRoute route) {
    int max = 0;
    for (PublicationLimit l : ALL) {
      if (l.getKind() == kind && (l.getRoute() == null || l.getRoute() == route)) {
        max = Math.max(max, l.getWorkingDays());
      }
    }
    return max;
  }

  /**
   * The largest limit a {@link PublicationPolicy} may set for a kind on a route: the table's
   * {@linkplain #maximum maximum} where the limit binds (a policy may only be stricter), and where
   * the table's limit is itself policy (国办发〔2015〕51号's 7 working days) the largest limit of the
   * whole table, 20 working days.
   *
   * @param kind the kind; not null
   * @param route the route; not null
   * @return the working days
   */
  public static int policyBound(PublicationKind kind, PublicationRoute route) {
    boolean allPolicy = true;
    int max = 0;
    for (PublicationLimit l : ALL) {
      max = Math.max(max, l.getWorkingDays());
      if (l.getKind() == kind && (l.getRoute() == null || l.getRoute() == route) && !l.isPolicy()) {
        allPolicy = false;
      }
    }
    return allPolicy ? max : maximum(kind, route);
  }

  private static List<PublicationLimit> load() {
    List<PublicationLimit> rows = new ArrayList<>();
    ResourceTables.forEachRow(
        PublicationLimits.class,
        RESOURCE,
        8,
        f -> {
          Regime regime = f[2].equals("*") ? null : Regime.ofCode(f[2]);
          Regime citedUnder = regime == null ? Regime.R2019 : regime;
          boolean policy;
          if (f[4].equals("policy")) {
            policy = true;
          } else if (f[4].equals("binding")) {
            policy = false;
          } else {
            throw new IllegalStateException("nature must be binding or policy: " + f[4]);
          }
          LegalBasis basis = LegalBasis.parse(citedUnder, f[5]);
          if (policy != basis.isInterpretation()) {
            throw new IllegalStateException("a policy limit's basis, and only it, is marked ~: " + f[5]);
          }
          int days = Integer.parseInt(f[3]);
          if (days < 1) {
            throw new IllegalStateException("working days must be 1 or more: " + f[3]);
          }
          rows.add(
              ImmutablePublicationLimit.builder()
                  .kind(PublicationKind.ofCode(f[0]))
                  .route(f[1].equals("*") ? null : PublicationRoute.ofCode(f[1]))
                  .regime(regime)
                  .workingDays(days)
                  .policy(policy)
                  .legalBasis(basis)
                  .workingDaysBasis(f[6].equals("-") ? null : LegalBasis.parse(citedUnder, f[6]))
                  .inForceFrom(f[7].equals("-") ? null : LocalDate.parse(f[7]))
                  .build());
        });
    return List.copyOf(rows);
  }
}

package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One row of the reviewed table of publication time limits ({@code publication-limits.tsv}): the
 * working days allowed for a kind of publication, whether the limit binds (law, regulation or
 * departmental rule) or is policy, and the provisions it rests on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationLimit.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationLimit.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "kind", "route", "regime", "workingDays", "policy", "legalBasis", "workingDaysBasis", "inForceFrom"
})
public abstract class PublicationLimit {
  PublicationLimit() {}

  /**
   * The kind of publication.
   *
   * @return the kind
   */
  public abstract PublicationKind getKind();

  /**
   * The route the row is for, or null when it applies to every route.
   *
   * @return the route, or null
   */
  public abstract @Nullable PublicationRoute getRoute();

  /**
   * The Regulation regime the row is for (by the day counted from), or null for every regime.
   *
   * @return the regime, or null
   */
  public abstract @Nullable Regime getRegime();

  /**
   * The working days allowed, counted from the day after the formation, change or decision.
   *
   * @return the limit, 1 or more
   */
  public abstract int getWorkingDays();

  /**
   * Whether the limit is policy (国办发〔2015〕51号's 7 working days) rather than a binding rule; a
   * policy limit is only the default of a {@link PublicationPolicy} parameter.
   *
   * @return true for a policy limit
   */
  public abstract boolean isPolicy();

  /**
   * The provision setting the limit; an interpretation for a policy limit.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  /**
   * The provision making the days working days, when the limit itself does not say so (行政处罚法
   * Art.85 for the 3 days of Art.48).
   *
   * @return the provision, or null
   */
  public abstract @Nullable LegalBasis getWorkingDaysBasis();

  /**
   * The first day the limit applies to (the instrument's entry into force), or null.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getInForceFrom();
}

package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Counts of 双公示 decisions made in a period: every licensing and penalty decision made (table 二's
 * 本年处理决定数量 of the 行政许可 row, Art.20(5), and the 行政处罚 row, Art.20(6), in the format of
 * 国办公开办函〔2021〕30号), and of those how many were published and how many excluded.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionCounts.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionCounts.class)
@JsonPropertyOrder({
  "periodFrom", "periodTo", "licensingDecisions", "licensingPublished", "licensingExcluded",
  "penaltyDecisions", "penaltiesPublished", "penaltiesExcluded"
})
public abstract class DecisionCounts {
  DecisionCounts() {}

  /**
   * The first day of the period.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getPeriodFrom();

  /**
   * The last day of the period.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getPeriodTo();

  /**
   * Licensing decisions made in the period.
   *
   * @return the count
   */
  public abstract int getLicensingDecisions();

  /**
   * Of those, published (on any day up to the end of the period).
   *
   * @return the count
   */
  public abstract int getLicensingPublished();

  /**
   * Of those, excluded from publication.
   *
   * @return the count
   */
  public abstract int getLicensingExcluded();

  /**
   * Penalty decisions made in the period.
   *
   * @return the count
   */
  public abstract int getPenaltyDecisions();

  /**
   * Of those, published (on any day up to the end of the period).
   *
   * @return the count
   */
  public abstract int getPenaltiesPublished();

  /**
   * Of those, excluded from publication.
   *
   * @return the count
   */
  public abstract int getPenaltiesExcluded();

  /**
   * The counts as table 二 figures, shaped like the annual report's {@code table2} input: {@code
   * {"licensing": {"decisions": n}, "penalties": {"decisions": m}}} (row and column codes of the
   * 2021 layout).
   *
   * @return the figures, in that order
   */
  @JsonIgnore
  public Map<String, Map<String, Integer>> asTable2() {
    Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
    m.put("licensing", Map.of("decisions", getLicensingDecisions()));
    m.put("penalties", Map.of("decisions", getPenaltyDecisions()));
    return m;
  }
}

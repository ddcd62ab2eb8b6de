package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rate computed by a named formula: its {@link Rate} (numerator and denominator), the formula in
 * words and its basis. No instrument defines rates such as 应公开已公开率 or 按期答复率; each formula
 * is gongkai's interpretation, stated in {@link #getFormula()}, resting on the articles named in
 * {@link #getBasis()}. A rate over nothing (denominator 0) or over counts not supplied is
 * undefined: {@link #getPercent()} is empty, never 0 %.
 *
 * <p>Immutable and thread-safe.
 */
public final class FormulaRate {
  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final String formula;
  private final String basis;
  private final @Nullable Rate rate;

  private FormulaRate(String code, String labelZh, String labelEn, String formula, String basis, @Nullable Rate rate) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.formula = formula;
    this.basis = basis;
    this.rate = rate;
  }

  /**
   * A rate.
   *
   * @param code a stable code, e.g. {@code repliedOnTime}
   * @param labelZh the Chinese name, e.g. 按期答复率
   * @param labelEn the English name
   * @param formula numerator ÷ denominator in words
   * @param basis the articles it rests on, and that it is an interpretation
   * @param rate the counts, or null when they were not supplied
   * @return the rate
   */
  static FormulaRate of(String code, String labelZh, String labelEn, String formula, String basis, @Nullable Rate rate) {
    return new FormulaRate(code, labelZh, labelEn, formula, basis, rate);
  }

  /**
   * The stable code (the key in JSON).
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * The Chinese name, e.g. 应公开已公开率.
   *
   * @return the name
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English name.
   *
   * @return the name
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The formula in words: what is counted above and below the line.
   *
   * @return the formula
   */
  public String getFormula() {
    return formula;
  }

  /**
   * The instruments and articles the formula rests on.
   *
   * @return the basis
   */
  public String getBasis() {
    return basis;
  }

  /**
   * The numerator and denominator.
   *
   * @return the counts, empty when they were not supplied
   */
  public Optional<Rate> getRate() {
    return Optional.ofNullable(rate);
  }

  /**
   * Whether the rate has a value: the counts are known and the denominator is not 0.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return rate != null && rate.getDenominator() > 0;
  }

  /**
   * The rate in percent with two decimals, rounded half-up (2 of 3 → 66.67).
   *
   * @return the percentage, empty when undefined
   */
  public Optional<BigDecimal> getPercent() {
    return rate == null ? Optional.empty() : rate.getPercent(2);
  }

  /** As a JSON document: code-free, the caller keys it by {@link #getCode()}. */
  Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("label", labelZh);
    o.put("labelEn", labelEn);
    o.put("numerator", rate == null ? null : rate.getNumerator());
    o.put("denominator", rate == null ? null : rate.getDenominator());
    o.put("value", getPercent().map(BigDecimal::toPlainString).orElse(null));
    o.put("formula", formula);
    o.put("basis", basis);
    return o;
  }

  static void checkCounts(long numerator, long denominator, String field) {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new InvalidValueException(
          field, numerator + "/" + denominator, "must be two counts, the first not more than the second");
    }
  }

  @Override
  public String toString() {
    return labelZh + " " + (rate == null ? "n/a (not supplied)" : rate.toString());
  }
}

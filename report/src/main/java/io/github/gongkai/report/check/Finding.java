package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.internal.JsonText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One inconsistency in a report: the rule broken, its severity, the cells involved with their
 * values, the two sides of the equation where there is one, and a message in Chinese and English.
 * Immutable and thread-safe; equal when every part is equal.
 *
 * <p>JSON (written by {@link #toJson()}, or by any Jackson 2 or 3 mapper through {@link
 * #toDocument()}), one object per finding:
 *
 * <pre>{@code
 * {"rule":"t3-balance","severity":"error",
 *  "cells":["table3/new/natural-person", ...],
 *  "values":[58, 2, 54, 5],            // numbers; null for blank; "/" for not applicable
 *  "where":["表三 一、本年新收政府信息公开申请数量 × 自然人", ...],
 *  "left":60,"right":59,               // only for rules with an equation
 *  "messageZh":"...","messageEn":"..."}
 * }</pre>
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public abstract CheckRule getRule();

  /**
   * The severity.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * The cells involved, left side first.
   *
   * @return the addresses
   */
  public abstract List<CellAddress> getCells();

  /**
   * The values of {@link #getCells()}, in the same order.
   *
   * @return the values
   */
  public abstract List<CellValue> getValues();

  /**
   * Where each of {@link #getCells()} is in the printed table, in Chinese, e.g. {@code 表三
   * 一、本年新收政府信息公开申请数量 × 自然人}; in the same order.
   *
   * @return the descriptions
   */
  public abstract List<String> getWhere();

  /**
   * The left side of the equation as computed from the numbers given (blank and "/" cells left
   * out), or null for rules without an equation.
   *
   * @return the left side or null
   */
  public abstract @Nullable BigDecimal getLeft();

  /**
   * The right side of the equation, or null.
   *
   * @return the right side or null
   */
  public abstract @Nullable BigDecimal getRight();

  /**
   * The message in Chinese.
   *
   * @return the message
   */
  public abstract String getMessageZh();

  /**
   * The message in English.
   *
   * @return the message
   */
  public abstract String getMessageEn();

  @Value.Check
  void check() {
    if (getValues().size() != getCells().size() || getWhere().size() != getCells().size()) {
      throw new IllegalStateException("a finding has one value and one description per cell");
    }
  }

  /**
   * A finding made outside the checker, e.g. by reading a published report.
   *
   * @param rule the rule; not null
   * @param severity the severity; not null
   * @param cells the cells involved; not null
   * @param values their values, in the same order; not null
   * @param where where each cell is, in Chinese, in the same order; not null
   * @param messageZh the message in Chinese; not null
   * @param messageEn the message in English; not null
   * @return the finding
   * @throws IllegalStateException if the lists differ in length
   */
  public static Finding of(
      CheckRule rule,
      Severity severity,
      List<CellAddress> cells,
      List<CellValue> values,
      List<String> where,
      String messageZh,
      String messageEn) {
    return builder()
        .rule(rule)
        .severity(severity)
        .cells(cells)
        .values(values)
        .where(where)
        .messageZh(messageZh)
        .messageEn(messageEn)
        .build();
  }

  /** A new builder, for the checker. */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * This finding as its JSON document of plain Java values (key order as documented; {@code left}
   * and {@code right} only when there is an equation); what JSON libraries write.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("rule", getRule().getCode());
    o.put("severity", getSeverity().getCode());
    List<Object> cellCodes = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    List<CellAddress> cells = getCells();
    for (int i = 0; i < cells.size(); i++) {
      cellCodes.add(cells.get(i).toString());
      CellValue v = getValues().get(i);
      vals.add(v.isBlank() ? null : v.isNotApplicable() ? "/" : v.getNumber());
    }
    o.put("cells", cellCodes);
    o.put("values", vals);
    o.put("where", new ArrayList<Object>(getWhere()));
    BigDecimal left = getLeft();
    if (left != null) {
      o.put("left", left);
    }
    BigDecimal right = getRight();
    if (right != null) {
      o.put("right", right);
    }
    o.put("messageZh", getMessageZh());
    o.put("messageEn", getMessageEn());
    return o;
  }

  /**
   * This finding as one line of JSON (no line terminator), without any JSON library.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonText.compact(toDocument());
  }

  @Override
  public String toString() {
    return getSeverity().getCode() + " " + getRule().getCode() + " " + getCells() + ": " + getMessageEn();
  }
}

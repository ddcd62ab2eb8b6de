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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inconsistency in a report: the rule broken, its severity, the cells involved with their
 * values, the two sides of the equation where there is one, and a message in Chinese and English.
 * Immutable and thread-safe.
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
public final class Finding {
  private final CheckRule rule;
  private final Severity severity;
  private final List<CellAddress> cells;
  private final List<CellValue> values;
  private final List<String> where;
  private final @Nullable BigDecimal left;
  private final @Nullable BigDecimal right;
  private final String messageZh;
  private final String messageEn;

  Finding(
      CheckRule rule,
      Severity severity,
      List<CellAddress> cells,
      List<CellValue> values,
      List<String> where,
      @Nullable BigDecimal left,
      @Nullable BigDecimal right,
      String messageZh,
      String messageEn) {
    this.rule = rule;
    this.severity = severity;
    this.cells = List.copyOf(cells);
    this.values = List.copyOf(values);
    this.where = List.copyOf(where);
    this.left = left;
    this.right = right;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public CheckRule getRule() {
    return rule;
  }

  /**
   * The severity.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The cells involved, left side first.
   *
   * @return the addresses
   */
  public List<CellAddress> getCells() {
    return cells;
  }

  /**
   * The values of {@link #getCells()}, in the same order.
   *
   * @return the values
   */
  public List<CellValue> getValues() {
    return values;
  }

  /**
   * Where each of {@link #getCells()} is in the printed table, in Chinese, e.g. {@code 表三
   * 一、本年新收政府信息公开申请数量 × 自然人}; in the same order.
   *
   * @return the descriptions
   */
  public List<String> getWhere() {
    return where;
  }

  /**
   * The left side of the equation as computed from the numbers given (blank and "/" cells left
   * out), or null for rules without an equation.
   *
   * @return the left side or null
   */
  public @Nullable BigDecimal getLeft() {
    return left;
  }

  /**
   * The right side of the equation, or null.
   *
   * @return the right side or null
   */
  public @Nullable BigDecimal getRight() {
    return right;
  }

  /**
   * The message in Chinese.
   *
   * @return the message
   */
  public String getMessageZh() {
    return messageZh;
  }

  /**
   * The message in English.
   *
   * @return the message
   */
  public String getMessageEn() {
    return messageEn;
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
    o.put("rule", rule.getCode());
    o.put("severity", severity.getCode());
    List<Object> cellCodes = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      cellCodes.add(cells.get(i).toString());
      CellValue v = values.get(i);
      vals.add(v.isBlank() ? null : v.isNotApplicable() ? "/" : v.getNumber());
    }
    o.put("cells", cellCodes);
    o.put("values", vals);
    o.put("where", new ArrayList<Object>(where));
    if (left != null) {
      o.put("left", left);
    }
    if (right != null) {
      o.put("right", right);
    }
    o.put("messageZh", messageZh);
    o.put("messageEn", messageEn);
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
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return rule == f.rule && severity == f.severity && cells.equals(f.cells) && values.equals(f.values)
        && messageZh.equals(f.messageZh) && messageEn.equals(f.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, cells, values, messageZh);
  }

  @Override
  public String toString() {
    return severity.getCode() + " " + rule.getCode() + " " + cells + ": " + messageEn;
  }
}

package io.github.gongkai.report.check;

import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inconsistency in a report: the rule broken, its severity, the cells involved with their
 * values, the two sides of the equation where there is one, and a message in Chinese and English.
 * Immutable and thread-safe.
 */
public final class Finding {
  private final CheckRule rule;
  private final Severity severity;
  private final List<CellAddress> cells;
  private final List<CellValue> values;
  private final @Nullable BigDecimal left;
  private final @Nullable BigDecimal right;
  private final String messageZh;
  private final String messageEn;

  Finding(
      CheckRule rule,
      Severity severity,
      List<CellAddress> cells,
      List<CellValue> values,
      @Nullable BigDecimal left,
      @Nullable BigDecimal right,
      String messageZh,
      String messageEn) {
    this.rule = rule;
    this.severity = severity;
    this.cells = List.copyOf(cells);
    this.values = List.copyOf(values);
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

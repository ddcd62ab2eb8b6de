package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The consistency rules. Source of the table 三 rules: the corner note of table 三 (国办公开办函〔2021〕30号
 * and 〔2019〕60号: 第一项加第二项之和，等于第三项加第四项之和) and the table's structure (docs/legal-reference.md §5.1;
 * 总计 = the applicant columns is gongkai's reading of the header). Each rule's own statement, in
 * Chinese and English, is its {@link #getLabel(java.util.Locale) label}.
 */
public enum CheckRule implements Coded {
  /**
   * Tables 三 and 四 must be filled in: a report that gives no number or "/" in one of them has left
   * it out, and every sum of it would pass unchecked. 《政府信息公开条例》(2019) 第五十条 requires the
   * report to cover requests received and handled (表三) and administrative review and litigation
   * (表四).
   */
  TABLE_MISSING("table-missing"),
  /** Table 三, per column: 一 + 二 = 三（七） + 四. */
  T3_BALANCE("t3-balance"),
  /** Table 三, per row: 总计 = 自然人 + the five organisation columns. */
  T3_APPLICANT_TOTAL("t3-applicant-total"),
  /**
   * Table 三, per column: （七）总计 = （一）…（六）. A request partly released is counted in （二） only,
   * so counting it again under another outcome breaks this rule.
   */
  T3_OUTCOME_TOTAL("t3-outcome-total"),
  /** Table 三: a category given a number of its own equals the sum of its sub-items. */
  T3_SUBTOTAL("t3-subtotal"),
  /** Table 四, per row: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  T4_TOTAL("t4-total"),
  /** Counts are non-negative integers; 万元 amounts are non-negative; 增/减 are integers. */
  VALUE_DOMAIN("value-domain"),
  /** Table 三, per column: 二 (上年结转) = last year's 四 (结转下年度). */
  CONTINUITY("continuity"),
  /**
   * Reading a published report ({@code io.github.gongkai.report.read}): a printed row or column
   * label matched its standard row or column only by near-miss (a misprint) or by position. A
   * warning: the cells are read, the label is to be looked at.
   */
  READ_LABEL("read-label"),
  /**
   * Reading a published report: a row whose printed cells could not be read with certainty — run
   * together digits that more than one split (or no split) fits, or a cell that is no number. Its
   * cells are left blank rather than guessed.
   */
  READ_CELLS("read-cells"),
  /**
   * Reading a published report: its tables are of different formats (e.g. the 2019 trial table 二
   * with the 2021 table 三), or table 三 prints （六）其他处理 as one row in a 2021 report.
   */
  READ_FORMAT("read-format");

  private final String code;

  CheckRule(String code) {
    this.code = code;
  }

  /**
   * Stable rule id, e.g. {@code t3-balance}.
   *
   * @return the id
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a rule up by its id.
   *
   * @param code the rule id, e.g. {@code t3-balance}
   * @return the rule
   * @throws InvalidValueException for an unknown id
   */
  @JsonCreator
  public static CheckRule ofCode(String code) {
    return EnumCodes.lookup(CheckRule.class, "rule", code);
  }
}

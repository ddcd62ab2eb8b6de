package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;

/** The three statistical tables of the annual report: 二 (proactive), 三 (requests), 四 (remedies). */
public enum ReportTable {
  /** Table 二: 主动公开政府信息情况. */
  TABLE_2("table2", "二"),
  /** Table 三: 收到和处理政府信息公开申请情况. */
  TABLE_3("table3", "三"),
  /** Table 四: 政府信息公开行政复议、行政诉讼情况. */
  TABLE_4("table4", "四");

  private final String code;
  private final String numeral;

  ReportTable(String code, String numeral) {
    this.code = code;
    this.numeral = numeral;
  }

  /**
   * Stable code used in JSON and cell addresses, e.g. {@code table3}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The section numeral the table is printed under, e.g. {@code 三}.
   *
   * @return the numeral
   */
  public String getNumeral() {
    return numeral;
  }

  /**
   * Looks a table up by its code ({@code table3}) or numeral ({@code 三}).
   *
   * @param code the code or numeral; not null
   * @return the table
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ReportTable ofCode(String code) {
    InvalidValueException.requireNonNull(code, "table");
    for (ReportTable t : values()) {
      if (t.code.equals(code) || t.numeral.equals(code)) {
        return t;
      }
    }
    throw new InvalidValueException("table", code, "must be table2, table3 or table4");
  }
}

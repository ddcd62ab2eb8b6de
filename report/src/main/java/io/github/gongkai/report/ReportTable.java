package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** The three statistical tables of the annual report: 二 (proactive), 三 (requests), 四 (remedies). */
public enum ReportTable implements Coded {
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
  @Override
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
   * Looks a table up by its code, e.g. {@code table3}.
   *
   * @param code the code; not null
   * @return the table
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ReportTable ofCode(String code) {
    return EnumCodes.lookup(ReportTable.class, "table", code);
  }

  /**
   * Looks a table up by the numeral it is printed under ({@code 二}, {@code 三} or {@code 四}), as
   * the layout data and typed-in reports name it.
   *
   * @param numeral the numeral; not null
   * @return the table
   * @throws InvalidValueException for any other text
   */
  public static ReportTable ofNumeral(String numeral) {
    InvalidValueException.requireNonNull(numeral, "table");
    for (ReportTable t : values()) {
      if (t.numeral.equals(numeral)) {
        return t;
      }
    }
    throw new InvalidValueException("table", numeral, "must be one of 二, 三, 四");
  }
}

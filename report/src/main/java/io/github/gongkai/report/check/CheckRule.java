package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;

/**
 * The consistency rules. Source of the table 三 rules: the corner note of table 三 (国办公开办函〔2021〕30号
 * and 〔2019〕60号: 第一项加第二项之和，等于第三项加第四项之和) and the table's structure (docs/legal-reference.md §5.1;
 * 总计 = the applicant columns is gongkai's reading of the header).
 */
public enum CheckRule {
  /**
   * Tables 三 and 四 must be filled in: a report that gives no number or "/" in one of them has left
   * it out, and every sum of it would pass unchecked. 《政府信息公开条例》(2019) 第五十条 requires the
   * report to cover requests received and handled (表三) and administrative review and litigation
   * (表四).
   */
  TABLE_MISSING("table-missing", "表三、表四应当填写", "tables 3 and 4 are filled in"),
  /** Table 三, per column: 一 + 二 = 三（七） + 四. */
  T3_BALANCE("t3-balance", "第一项加第二项之和等于第三项加第四项之和", "item 1 + item 2 = item 3 + item 4"),
  /** Table 三, per row: 总计 = 自然人 + the five organisation columns. */
  T3_APPLICANT_TOTAL("t3-applicant-total", "总计等于各申请人类别之和", "total = sum of the applicant columns"),
  /**
   * Table 三, per column: （七）总计 = （一）…（六）. A request partly released is counted in （二） only,
   * so counting it again under another outcome breaks this rule.
   */
  T3_OUTCOME_TOTAL("t3-outcome-total", "（七）总计等于（一）至（六）之和", "(7) total = (1) to (6)"),
  /** Table 三: a category given a number of its own equals the sum of its sub-items. */
  T3_SUBTOTAL("t3-subtotal", "分项之和等于其所属类别", "sub-items add up to their category"),
  /** Table 四, per row: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  T4_TOTAL("t4-total", "总计等于结果维持、结果纠正、其他结果、尚未审结之和", "total = upheld + corrected + other + pending"),
  /** Counts are non-negative integers; 万元 amounts are non-negative; 增/减 are integers. */
  VALUE_DOMAIN("value-domain", "数量应为非负整数，金额应为非负数", "counts are non-negative integers, amounts non-negative"),
  /** Table 三, per column: 二 (上年结转) = last year's 四 (结转下年度). */
  CONTINUITY("continuity", "上年结转等于上年度报告的结转下年度", "carried over = last year's carried forward");

  private final String code;
  private final String titleZh;
  private final String titleEn;

  CheckRule(String code, String titleZh, String titleEn) {
    this.code = code;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
  }

  /**
   * Stable rule id, e.g. {@code t3-balance}.
   *
   * @return the id
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The rule in Chinese.
   *
   * @return the title
   */
  public String getTitleZh() {
    return titleZh;
  }

  /**
   * The rule in English.
   *
   * @return the title
   */
  public String getTitleEn() {
    return titleEn;
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
    InvalidValueException.requireNonNull(code, "rule");
    for (CheckRule r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new InvalidValueException("rule", code, "must be a known rule id");
  }
}

package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six kinds of outcome in table 三 of the annual report: （一） to （六）.
 *
 * <p>Each {@link OutcomeGround} belongs to exactly one category.
 */
public enum OutcomeCategory {
  /** （一）予以公开. */
  RELEASED("released", "（一）", "予以公开", "Released"),
  /** （二）部分公开. */
  PARTIALLY_RELEASED("partially-released", "（二）", "部分公开", "Partially released"),
  /** （三）不予公开. */
  WITHHELD("withheld", "（三）", "不予公开", "Withheld"),
  /** （四）无法提供. */
  CANNOT_PROVIDE("cannot-provide", "（四）", "无法提供", "Cannot be provided"),
  /** （五）不予处理. */
  NOT_PROCESSED("not-processed", "（五）", "不予处理", "Not processed"),
  /** （六）其他处理. */
  OTHER("other", "（六）", "其他处理", "Other handling");

  private final String code;
  private final String rowNumber;
  private final String labelZh;
  private final String labelEn;

  OutcomeCategory(String code, String rowNumber, String labelZh, String labelEn) {
    this.code = code;
    this.rowNumber = rowNumber;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code, e.g. {@code "withheld"}
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The row number in table 三, e.g. {@code （三）}.
   *
   * @return the row number
   */
  public String getRowNumber() {
    return rowNumber;
  }

  /**
   * Chinese label as printed in the format.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * Looks a category up by its code.
   *
   * @param code the code
   * @return the category
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static OutcomeCategory ofCode(String code) {
    InvalidValueException.requireNonNull(code, "outcomeCategory");
    for (OutcomeCategory c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new InvalidValueException("outcomeCategory", code, "must be a known outcome category");
  }
}

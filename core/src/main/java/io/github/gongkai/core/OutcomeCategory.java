package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The six kinds of outcome in table 三 of the annual report: （一） to （六）.
 *
 * <p>Each {@link OutcomeGround} belongs to exactly one category.
 */
public enum OutcomeCategory implements Coded {
  /** （一）予以公开. */
  RELEASED("released", "（一）"),
  /** （二）部分公开. */
  PARTIALLY_RELEASED("partially-released", "（二）"),
  /** （三）不予公开. */
  WITHHELD("withheld", "（三）"),
  /** （四）无法提供. */
  CANNOT_PROVIDE("cannot-provide", "（四）"),
  /** （五）不予处理. */
  NOT_PROCESSED("not-processed", "（五）"),
  /** （六）其他处理. */
  OTHER("other", "（六）");

  private final String code;
  private final String rowNumber;

  OutcomeCategory(String code, String rowNumber) {
    this.code = code;
    this.rowNumber = rowNumber;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code, e.g. {@code "withheld"}
   */
  @Override
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
   * Looks a category up by its code.
   *
   * @param code the code
   * @return the category
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static OutcomeCategory ofCode(String code) {
    return EnumCodes.lookup(OutcomeCategory.class, "outcomeCategory", code);
  }
}

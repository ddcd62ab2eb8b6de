package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** The checks of a printed {@link CategoryTable}, each with a stable rule id. */
public enum CategoryRule implements Coded {
  /**
   * The categories add up to the stated total: equal for exact figures; for approximate ones, the
   * ranges they admit must meet ("430余条" needs more than 430). Categories above the total are an
   * error; below an approximate total a warning, since such a list may give only part of it.
   */
  CATEGORIES_TOTAL("categories-total"),
  /**
   * A count the table does not print but its exact total determines (the total less the other
   * categories); a warning that says what the count must be.
   */
  DERIVED_COUNT("derived-count"),
  /** A count the table does not print and nothing determines; its share cannot be computed. */
  UNDETERMINED_COUNT("undetermined-count"),
  /**
   * A printed exact share that differs from the count's share under the chosen {@link
   * ShareMethod}, at the printed number of decimals.
   */
  SHARE_MISPRINT("share-misprint"),
  /** A printed approximate share ("90%以上", "约10%") that the count's share does not fit. */
  SHARE_BOUND("share-bound");

  private final String code;

  CategoryRule(String code) {
    this.code = code;
  }

  /**
   * Stable rule id, e.g. {@code share-misprint}.
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
   * @param code the rule id
   * @return the rule
   * @throws InvalidValueException for an unknown id
   */
  @JsonCreator
  public static CategoryRule ofCode(String code) {
    return EnumCodes.lookup(CategoryRule.class, "rule", code);
  }
}

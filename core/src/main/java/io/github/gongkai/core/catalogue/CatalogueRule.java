package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The rules {@link CatalogueChecks} applies to a {@link Catalogue}; each {@link CatalogueFinding}
 * names one.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum CatalogueRule implements Coded {
  /** Two entries share an index number (索引号), which must identify one entry. */
  DUPLICATE_INDEX_NUMBER("duplicate-index-number"),
  /** Two classes or sub-classes share a code. */
  DUPLICATE_CLASS_CODE("duplicate-class-code"),
  /** An entry names a class the catalogue does not have. */
  UNKNOWN_CLASS("unknown-class"),
  /** A not-disclosed entry names no ground. */
  MISSING_WITHHOLDING_GROUND("missing-withholding-ground"),
  /** A not-disclosed entry names a ground that is not one of the withholding grounds （三）1–8. */
  NOT_A_WITHHOLDING_GROUND("not-a-withholding-ground"),
  /** A proactive or on-request entry names a withholding ground. */
  GROUND_ON_DISCLOSED_ENTRY("ground-on-disclosed-entry"),
  /** An entry's change date is before its formation date. */
  CHANGED_BEFORE_FORMED("changed-before-formed"),
  /** A class maps to a code that is not a statutory proactive category. */
  UNKNOWN_STATUTORY_CATEGORY("unknown-statutory-category");

  private final String code;

  CatalogueRule(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "unknown-class"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static CatalogueRule ofCode(String code) {
    return EnumCodes.lookup(CatalogueRule.class, "rule", code);
  }
}

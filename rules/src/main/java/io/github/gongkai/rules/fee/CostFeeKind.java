package io.github.gongkai.rules.fee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;

/**
 * The cost fees the 2008 Regulation allowed (Art.27): retrieval, copying and postage only.
 */
public enum CostFeeKind {
  /** 检索费. */
  RETRIEVAL("retrieval", "检索", "Retrieval"),
  /** 复制费. */
  COPYING("copying", "复制", "Copying"),
  /** 邮寄费. */
  POSTAGE("postage", "邮寄", "Postage");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  CostFeeKind(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Chinese label.
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
   * Looks a kind up by its code.
   *
   * @param code the code
   * @return the kind
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static CostFeeKind ofCode(String code) {
    InvalidValueException.requireNonNull(code, "costFeeKind");
    for (CostFeeKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new InvalidValueException("costFeeKind", code, "must be one of retrieval, copying, postage");
  }
}

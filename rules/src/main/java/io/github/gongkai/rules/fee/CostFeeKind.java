package io.github.gongkai.rules.fee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The cost fees the 2008 Regulation allowed (Art.27): retrieval, copying and postage only.
 */
public enum CostFeeKind implements Coded {
  /** 检索费. */
  RETRIEVAL("retrieval"),
  /** 复制费. */
  COPYING("copying"),
  /** 邮寄费. */
  POSTAGE("postage");

  private final String code;

  CostFeeKind(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
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
    return EnumCodes.lookup(CostFeeKind.class, "costFeeKind", code);
  }
}

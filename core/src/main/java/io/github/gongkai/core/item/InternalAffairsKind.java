package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The three kinds of internal-affairs information (内部事务信息, 2019 Art.16(1)).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum InternalAffairsKind implements Coded {
  /** 人事管理 — Personnel management. */
  PERSONNEL("personnel"),
  /** 后勤管理 — Logistics management. */
  LOGISTICS("logistics"),
  /** 内部工作流程 — Internal workflow. */
  INTERNAL_WORKFLOW("internal-workflow");

  private final String code;

  InternalAffairsKind(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "personnel"}.
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
  public static InternalAffairsKind ofCode(String code) {
    return EnumCodes.lookup(InternalAffairsKind.class, "internalAffairs", code);
  }
}

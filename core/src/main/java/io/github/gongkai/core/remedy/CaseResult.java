package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The result of an administrative review or litigation case, as the columns of table 四 of the
 * annual report (国办公开办函〔2021〕30号).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum CaseResult implements Coded {
  /** 结果维持 — Maintained. */
  MAINTAINED("maintained"),
  /** 结果纠正 — Corrected. */
  CORRECTED("corrected"),
  /** 其他结果 — Other result. */
  OTHER("other"),
  /** 尚未审结 — Pending. */
  PENDING("pending");

  private final String code;

  CaseResult(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "maintained"}.
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
  public static CaseResult ofCode(String code) {
    return EnumCodes.lookup(CaseResult.class, "result", code);
  }
}

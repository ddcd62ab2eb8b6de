package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The form in which the applicant asks to receive the information (2019 Art.29(2) item 3, Art.40).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum InformationForm implements Coded {
  /** 纸质 — Paper. */
  PAPER("paper"),
  /** 电子数据 — Electronic data. */
  ELECTRONIC("electronic"),
  /** 查阅、抄录 — Inspection and copying by hand. */
  INSPECTION("inspection"),
  /** 其他 — Other. */
  OTHER("other");

  private final String code;

  InformationForm(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "paper"}.
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
  public static InformationForm ofCode(String code) {
    return EnumCodes.lookup(InformationForm.class, "requestedForm", code);
  }
}

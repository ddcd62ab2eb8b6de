package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The four kinds of process information (过程性信息, 2019 Art.16(2)).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ProcessInformationKind implements Coded {
  /** 讨论记录 — Discussion record. */
  DISCUSSION_RECORD("discussion-record"),
  /** 过程稿 — Draft. */
  DRAFT("draft"),
  /** 磋商信函 — Consultation letter. */
  CONSULTATION_LETTER("consultation-letter"),
  /** 请示报告 — Request for instructions or report. */
  REQUEST_FOR_INSTRUCTIONS_OR_REPORT("request-for-instructions-or-report");

  private final String code;

  ProcessInformationKind(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "discussion-record"}.
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
  public static ProcessInformationKind ofCode(String code) {
    return EnumCodes.lookup(ProcessInformationKind.class, "processInformation", code);
  }
}

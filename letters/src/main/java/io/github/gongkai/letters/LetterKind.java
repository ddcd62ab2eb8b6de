package io.github.gongkai.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** The kinds of letter a disclosure request gives rise to. */
public enum LetterKind implements Coded {
  /** 政府信息公开申请答复书: the answer (2019 第三十六条至第三十九条; 2008 第二十一条、第二十二条). */
  ANSWER("answer"),
  /** 政府信息公开申请登记回执: the receipt, with the reply due date (2019 第三十一条、第三十三条). */
  RECEIPT("receipt"),
  /** 补正申请告知书: everything to correct at once and the period (2019 第三十条; 2008 第二十一条第（四）项). */
  CORRECTION("correction"),
  /** 延期答复告知书: the extension and the new due date (2019 第三十三条第二款; 2008 第二十四条第二款). */
  EXTENSION("extension"),
  /** 第三方意见征询函: the written consultation of a third party (2019 第三十二条; 2008 第二十三条). */
  CONSULTATION("consultation"),
  /** 信息处理费收费通知书: the fee notice (2019 第四十二条; 国办函〔2020〕109号). */
  FEE("fee");

  private final String code;

  LetterKind(String code) {
    this.code = code;
  }

  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a kind up by its code.
   *
   * @param code e.g. {@code answer}
   * @return the kind
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static LetterKind ofCode(String code) {
    return EnumCodes.lookup(LetterKind.class, "letterKind", code);
  }
}

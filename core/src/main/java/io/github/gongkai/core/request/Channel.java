package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The channel through which a disclosure request was submitted (2019 Art.29, Art.31). The channel
 * decides how the receipt date is established: see requiresConfirmation().
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum Channel implements Coded {
  /** 当面 — In person. */
  IN_PERSON("in-person", false),
  /** 邮寄 — Signed-for post. */
  MAIL("mail", false),
  /** 平常信函 — Ordinary letter. */
  ORDINARY_LETTER("ordinary-letter", true),
  /** 网络平台 — Online platform. */
  ONLINE_PLATFORM("online-platform", true),
  /** 电子邮件 — E-mail. */
  EMAIL("email", true),
  /** 传真 — Fax. */
  FAX("fax", true),
  /** 其他 — Other. */
  OTHER("other", false);

  private final String code;
  private final boolean requiresConfirmation;

  Channel(String code, boolean requiresConfirmation) {
    this.code = code;
    this.requiresConfirmation = requiresConfirmation;
  }

  /**
   * The stable code used in JSON, e.g. {@code "in-person"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Whether, under the 2019 Regulation, the receipt date is the day the office and the applicant
   * confirm the request rather than the day it arrives: ordinary letters (Art.31(2)), online
   * platforms, e-mail and fax (Art.31(3)). Requests before 2019-05-15 followed 国办公开办函〔2015〕207号,
   * which dated published e-mail by its arrival; {@code rules.lifecycle.ReceiptRules} applies that
   * difference. For {@link #OTHER} the agency's own rule applies (207号), which gongkai does not
   * model: it is treated as not needing confirmation [U].
   *
   * @return true if so
   */
  public boolean requiresConfirmation() {
    return requiresConfirmation;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static Channel ofCode(String code) {
    return EnumCodes.lookup(Channel.class, "channel", code);
  }
}

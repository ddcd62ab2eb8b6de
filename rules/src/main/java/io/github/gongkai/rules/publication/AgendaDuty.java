package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The duty an agenda entry tracks.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum AgendaDuty implements Coded {
  /** Publish proactive information (2019 Art.26). */
  PROACTIVE("proactive"),
  /** Publish a licensing decision (双公示). */
  LICENCE("licence"),
  /** Publish a penalty decision (双公示). */
  PENALTY("penalty"),
  /** Withdraw a changed or revoked penalty decision (行政处罚法 Art.48). */
  WITHDRAWAL("withdrawal"),
  /** Answer a disclosure request (2019 Art.33). */
  REPLY("reply");

  private final String code;

  AgendaDuty(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON and on the command line.
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
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static AgendaDuty ofCode(String code) {
    return EnumCodes.lookup(AgendaDuty.class, "agendaDuty", code);
  }
}

package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * What an agenda entry is about.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum AgendaSubject implements Coded {
  /** A proactive item. */
  ITEM("item"),
  /** A 双公示 licensing or penalty decision. */
  DECISION("decision"),
  /** A disclosure request. */
  REQUEST("request");

  private final String code;

  AgendaSubject(String code) {
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
  public static AgendaSubject ofCode(String code) {
    return EnumCodes.lookup(AgendaSubject.class, "agendaSubject", code);
  }
}

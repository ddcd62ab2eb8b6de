package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Whether an agenda entry is late or coming due.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum AgendaStatus implements Coded {
  /** The due date has passed and the duty is not done. */
  OVERDUE("overdue"),
  /** Due on the agenda date or within the window of working days after it. */
  DUE_SOON("due-soon");

  private final String code;

  AgendaStatus(String code) {
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
  public static AgendaStatus ofCode(String code) {
    return EnumCodes.lookup(AgendaStatus.class, "agendaStatus", code);
  }
}

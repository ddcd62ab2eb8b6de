package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** The agency's choice where the Regulation lets it withhold (2019 Art.16: 可以不予公开). */
public enum DiscretionaryChoice implements Coded {
  /** The agency uses its discretion to withhold. */
  WITHHOLD("withhold"),
  /** The agency chooses to disclose although it could withhold. */
  DISCLOSE("disclose");

  private final String code;

  DiscretionaryChoice(String code) {
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
   * Looks a constant up by its code or constant name.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static DiscretionaryChoice ofCode(String code) {
    return EnumCodes.lookup(DiscretionaryChoice.class, "discretionaryChoice", code);
  }

}

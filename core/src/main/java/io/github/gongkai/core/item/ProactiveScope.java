package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Which agencies a proactive-disclosure provision addresses.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ProactiveScope implements Coded {
  /** 行政机关 — All administrative agencies. */
  ALL_AGENCIES("all-agencies"),
  /** 县级以上各级人民政府及其部门 — Governments at county level and above and their departments. */
  COUNTY_LEVEL_AND_ABOVE("county-level-and-above"),
  /** 设区的市级、县级人民政府及其部门 — Governments of districted cities and counties and their departments. */
  CITY_AND_COUNTY("city-and-county"),
  /** 乡（镇）人民政府 — Township governments. */
  TOWNSHIP("township");

  private final String code;

  ProactiveScope(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "all-agencies"}.
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
  public static ProactiveScope ofCode(String code) {
    return EnumCodes.lookup(ProactiveScope.class, "scope", code);
  }
}

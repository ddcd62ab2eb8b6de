package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * Which agencies a proactive-disclosure provision addresses.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum ProactiveScope {
  /** 行政机关 — All administrative agencies. */
  ALL_AGENCIES("all-agencies", "行政机关", "All administrative agencies"),
  /** 县级以上各级人民政府及其部门 — Governments at county level and above and their departments. */
  COUNTY_LEVEL_AND_ABOVE("county-level-and-above", "县级以上各级人民政府及其部门", "Governments at county level and above and their departments"),
  /** 设区的市级、县级人民政府及其部门 — Governments of districted cities and counties and their departments. */
  CITY_AND_COUNTY("city-and-county", "设区的市级、县级人民政府及其部门", "Governments of districted cities and counties and their departments"),
  /** 乡（镇）人民政府 — Township governments. */
  TOWNSHIP("township", "乡（镇）人民政府", "Township governments");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  ProactiveScope(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "all-agencies"}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The label in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  public String getLabel(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
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
    return EnumCodes.lookup(values(), ProactiveScope::getCode, "scope", code);
  }
}

package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.Locale;

/**
 * Where proactively disclosed information was published (2019 Art.23–25).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationMedium {
  /** 政府公报 — Government gazette. */
  GAZETTE("gazette", "政府公报", "Government gazette"),
  /** 政府网站或其他互联网政务媒体 — Government website or other internet government media. */
  WEBSITE("website", "政府网站或其他互联网政务媒体", "Government website or other internet government media"),
  /** 新闻发布会 — Press conference. */
  PRESS_CONFERENCE("press-conference", "新闻发布会", "Press conference"),
  /** 报刊 — Newspaper or periodical. */
  NEWSPAPER_OR_PERIODICAL("newspaper-or-periodical", "报刊", "Newspaper or periodical"),
  /** 广播、电视 — Radio or television. */
  BROADCAST("broadcast", "广播、电视", "Radio or television"),
  /** 查阅场所 — Public reading room. */
  READING_ROOM("reading-room", "查阅场所", "Public reading room"),
  /** 其他 — Other. */
  OTHER("other", "其他", "Other");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  PublicationMedium(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * The stable code used in JSON, e.g. {@code "gazette"}.
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
  public static PublicationMedium ofCode(String code) {
    return EnumCodes.lookup(values(), PublicationMedium::getCode, "medium", code);
  }
}

package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * Where proactively disclosed information was published (2019 Art.23–25).
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum PublicationMedium implements Coded {
  /** 政府公报 — Government gazette. */
  GAZETTE("gazette"),
  /** 政府网站或其他互联网政务媒体 — Government website or other internet government media. */
  WEBSITE("website"),
  /** 新闻发布会 — Press conference. */
  PRESS_CONFERENCE("press-conference"),
  /** 报刊 — Newspaper or periodical. */
  NEWSPAPER_OR_PERIODICAL("newspaper-or-periodical"),
  /** 广播、电视 — Radio or television. */
  BROADCAST("broadcast"),
  /** 查阅场所 — Public reading room. */
  READING_ROOM("reading-room"),
  /** 其他 — Other. */
  OTHER("other");

  private final String code;

  PublicationMedium(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON, e.g. {@code "gazette"}.
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
  public static PublicationMedium ofCode(String code) {
    return EnumCodes.lookup(PublicationMedium.class, "medium", code);
  }
}

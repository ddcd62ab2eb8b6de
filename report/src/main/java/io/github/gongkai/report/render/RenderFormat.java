package io.github.gongkai.report.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import java.util.Locale;

/** Output formats of {@link ReportRenderer}. */
public enum RenderFormat {
  /** JSON, schema version 1 ({@link io.github.gongkai.report.ReportJson}). */
  JSON("json"),
  /** CSV, one line per cell. */
  CSV("csv"),
  /** Markdown tables. */
  MARKDOWN("md"),
  /** A standalone HTML page in the official table layout with SVG charts. */
  HTML("html");

  private final String code;

  RenderFormat(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code json}, {@code csv}, {@code md} or {@code html}.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a format up by code ({@code markdown} is accepted for {@code md}).
   *
   * @param code the code
   * @return the format
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static RenderFormat ofCode(String code) {
    InvalidValueException.requireNonNull(code, "renderFormat");
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.equals("markdown")) {
      return MARKDOWN;
    }
    for (RenderFormat f : values()) {
      if (f.code.equals(c)) {
        return f;
      }
    }
    throw new InvalidValueException("format", code, "must be json, csv, md or html");
  }
}

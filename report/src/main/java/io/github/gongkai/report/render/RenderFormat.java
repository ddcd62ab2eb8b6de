package io.github.gongkai.report.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** Output formats of {@link ReportRenderer}. */
public enum RenderFormat implements Coded {
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
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a format up by code.
   *
   * @param code the code
   * @return the format
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static RenderFormat ofCode(String code) {
    return EnumCodes.lookup(RenderFormat.class, "format", code);
  }
}

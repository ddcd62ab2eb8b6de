package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * What the agency does with a request for an item: the kind of answer (答复类型).
 *
 * <p>The disposition is what the applicant is told; the report row ({@link
 * DisclosureDecision#getReportRow()}) is where the answer is counted. They usually agree, but not
 * always: an item that another agency is responsible for is {@link #REFER_ELSEWHERE referred} and
 * counted under 本机关不掌握相关政府信息 (2019 Art.36(5); table 三（四）1).
 */
public enum Disposition implements Coded {
  /** 予以公开: provide the information or say how to obtain it (2019 Art.36(1)(2)). */
  RELEASE("release"),
  /** 部分公开: provide the disclosable part, give reasons for the rest (区分处理, 2019 Art.37). */
  RELEASE_IN_PART("release-in-part"),
  /** 不予公开: withhold, with reasons (2019 Art.36(3)). */
  WITHHOLD("withhold"),
  /** 无法提供: the information does not exist, would have to be created, or the request stays unclear. */
  CANNOT_PROVIDE("cannot-provide"),
  /** 不予处理: not handled as a disclosure request (2019 Arts.35, 36(6), 39). */
  NOT_PROCESSED("not-processed"),
  /** 告知另行办理: refer the applicant to the responsible agency or a special statutory route. */
  REFER_ELSEWHERE("refer-elsewhere");

  private final String code;

  Disposition(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON, e.g. {@code release-in-part}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Whether the applicant receives at least part of the information.
   *
   * @return true for {@link #RELEASE} and {@link #RELEASE_IN_PART}
   */
  public boolean releasesSomething() {
    return this == RELEASE || this == RELEASE_IN_PART;
  }

  /**
   * Looks a disposition up by its code or constant name.
   *
   * @param code the code
   * @return the disposition
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static Disposition ofCode(String code) {
    return EnumCodes.lookup(Disposition.class, "disposition", code);
  }
}

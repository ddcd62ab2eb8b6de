package io.github.gongkai.report.read;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/** How a printed label was matched to a standard row or column. */
public enum MatchKind implements Coded {
  /** The printed text is the standard label (or one of its printed forms), as is. */
  EXACT("exact"),
  /**
   * Equal after normalisation ({@link LabelText#normalise(String)}): white space, full- and
   * half-width forms, {@code 1、} for {@code 1.}.
   */
  NORMALISED("normalised"),
  /** Close to exactly one standard label by edit distance: a misprint. Reported as a warning. */
  NEAR_MISS("near-miss"),
  /** Matched no label; taken to be the row or column expected at its place. Reported as a warning. */
  POSITION("position");

  private final String code;

  MatchKind(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code exact}, {@code normalised}, {@code near-miss} or {@code position}.
   *
   * @return the code
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Whether a match of this kind is reported as a warning (near-miss and position).
   *
   * @return true for near-miss and position
   */
  public boolean isWarning() {
    return this == NEAR_MISS || this == POSITION;
  }

  /**
   * Looks a kind up by code.
   *
   * @param code the code
   * @return the kind
   */
  public static MatchKind ofCode(String code) {
    return EnumCodes.lookup(MatchKind.class, "match", code);
  }
}

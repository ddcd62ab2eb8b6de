package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * How the checks treat cells that hold no number — blank cells and "/" — inside a sum.
 *
 * <p>Published reports often leave cells blank or write "/" where the author means "nothing to
 * report", and some fill only the 总计 column. gongkai's default, {@link #UNKNOWN}, therefore never
 * guesses: such a cell is an unknown non-negative number, and an equation is reported only when it
 * fails whatever the unknowns are — all terms given and unequal, or the numbers given on one side
 * already exceeding a fully given other side. {@link #ZERO} reads every such cell as 0, for reports
 * known to leave zeros blank.
 */
public enum NonNumberPolicy implements Coded {
  /** Blank and "/" are unknown non-negative numbers; an equation that could still hold is not reported (default). */
  UNKNOWN("unknown"),
  /** Blank and "/" count as 0. */
  ZERO("zero");

  private final String code;

  NonNumberPolicy(String code) {
    this.code = code;
  }

  /**
   * Stable code: {@code unknown} or {@code zero}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a policy up by code.
   *
   * @param code {@code unknown} or {@code zero}
   * @return the policy
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static NonNumberPolicy ofCode(String code) {
    return EnumCodes.lookup(NonNumberPolicy.class, "nonNumberPolicy", code);
  }
}

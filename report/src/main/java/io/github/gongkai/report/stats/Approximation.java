package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * What a printed figure says about the true value: exactly it, more than it ("430余条", "3600多条"),
 * at least it ("90%以上"), at most or less than it, or about it ("约20条").
 *
 * <p>以上, 以下 and 以内 include the number itself, 超过 and 不满 do not, as 《中华人民共和国民法典》
 * 第一千二百五十九条 defines these words; 余 and 多 after a number mean more than it.
 */
public enum Approximation implements Coded {
  /** The figure is exact: "183条", "10.93%". */
  EXACT("exact"),
  /** More than the figure, which is not included: "430余条", "3600多条", "超过50件", "逾百条". */
  MORE_THAN("more-than"),
  /** At least the figure: "90%以上", "不少于20条", "至少3项". */
  AT_LEAST("at-least"),
  /** At most the figure: "5件以下", "10日以内", "不超过3次". */
  AT_MOST("at-most"),
  /** Less than the figure, which is not included: "不足10件", "不到5%", "不满3项". */
  LESS_THAN("less-than"),
  /**
   * About the figure: "约20条", "50条左右". Read as the figure rounded at its last non-zero digit
   * (gongkai's interpretation): "约3600条" admits 3550 to 3650, "约20条" 15 to 25, "约7条" 6.5 to 7.5.
   */
  ABOUT("about");

  private final String code;

  Approximation(String code) {
    this.code = code;
  }

  /**
   * Stable code, e.g. {@code more-than}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks an approximation up by its code.
   *
   * @param code e.g. {@code at-least}
   * @return the approximation
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static Approximation ofCode(String code) {
    return EnumCodes.lookup(Approximation.class, "approximation", code);
  }
}

package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The content of one report cell: blank, "/" (not applicable) or a number. The three are distinct:
 * a blank cell was not filled in, "/" states that the line does not apply to the agency, 0 states
 * that there were none.
 *
 * <p>Computed reports hold only non-negative integers (and non-negative 万元 amounts); a report
 * typed in from a published table may hold any number as printed, so that {@link
 * io.github.gongkai.report.check.ReportChecker} can point at a negative or fractional count instead
 * of the reader refusing it. Immutable and thread-safe; numbers compare by value ({@code 1.0} equals
 * {@code 1}).
 */
@Value.Immutable
@GongkaiStyle
public abstract class CellValue {
  /** The kind of content. */
  public enum Kind {
    /** Not filled in. */
    BLANK,
    /** "/": does not apply. */
    NOT_APPLICABLE,
    /** A number. */
    NUMBER
  }

  /** The blank cell. */
  public static final CellValue BLANK = create(Kind.BLANK, null);

  /** The "/" cell. */
  public static final CellValue NOT_APPLICABLE = create(Kind.NOT_APPLICABLE, null);

  /** Zero. */
  public static final CellValue ZERO = create(Kind.NUMBER, BigDecimal.ZERO);

  CellValue() {}

  private static CellValue create(Kind kind, @Nullable BigDecimal number) {
    return ImmutableCellValue.builder().kind(kind).numberOrNull(number).build();
  }

  /** The number, or null unless the kind is {@link Kind#NUMBER}. */
  abstract @Nullable BigDecimal numberOrNull();

  @Value.Check
  void check() {
    if ((getKind() == Kind.NUMBER) != (numberOrNull() != null)) {
      throw new InvalidValueException(
          "cell", String.valueOf(numberOrNull()), "must hold a number exactly when its kind is NUMBER");
    }
  }

  /**
   * A count.
   *
   * @param count 0 or more
   * @return the value
   * @throws InvalidValueException if {@code count} is negative
   */
  public static CellValue ofCount(long count) {
    if (count < 0) {
      throw new InvalidValueException("count", Long.toString(count), "must be 0 or more");
    }
    return count == 0 ? ZERO : create(Kind.NUMBER, BigDecimal.valueOf(count));
  }

  /**
   * An amount in 万元 (10,000 yuan).
   *
   * @param wanYuan 0 or more; not null
   * @return the value
   * @throws InvalidValueException if the amount is negative or null
   */
  public static CellValue ofWanYuan(BigDecimal wanYuan) {
    InvalidValueException.requireNonNull(wanYuan, "wanYuan");
    if (wanYuan.signum() < 0) {
      throw new InvalidValueException("wanYuan", wanYuan.toPlainString(), "must be 0 or more");
    }
    return create(Kind.NUMBER, wanYuan);
  }

  /**
   * A number exactly as printed in a published report; not range-checked, so that the checker can
   * report a negative or fractional count with its address.
   *
   * @param number the number; not null
   * @return the value
   */
  public static CellValue ofPrinted(BigDecimal number) {
    InvalidValueException.requireNonNull(number, "number");
    return create(Kind.NUMBER, number);
  }

  /**
   * Parses a cell as typed: empty or whitespace is blank, {@code /} (or full-width {@code ／}) is
   * not applicable, anything else must be a decimal number (half- or full-width digits, optional
   * thousands separators such as {@code 1,234}).
   *
   * @param text the text; not null
   * @return the value
   * @throws InvalidValueException if the text is neither blank, "/" nor a number
   */
  public static CellValue parse(String text) {
    InvalidValueException.requireNonNull(text, "cell");
    String t = normalise(text.strip());
    if (t.isEmpty()) {
      return BLANK;
    }
    if (t.equals("/")) {
      return NOT_APPLICABLE;
    }
    if (t.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
      t = t.replace(",", "");
    }
    try {
      return ofPrinted(new BigDecimal(t));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("cell", text, "must be empty, \"/\" or a number");
    }
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        sb.append((char) (c - '０' + '0'));
      } else if (c == '／') {
        sb.append('/');
      } else if (c == '．') {
        sb.append('.');
      } else if (c == '－') {
        sb.append('-');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The kind of content.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * Whether the cell holds a number.
   *
   * @return true for a number
   */
  public boolean isNumber() {
    return getKind() == Kind.NUMBER;
  }

  /**
   * Whether the cell is blank.
   *
   * @return true if blank
   */
  public boolean isBlank() {
    return getKind() == Kind.BLANK;
  }

  /**
   * Whether the cell is "/".
   *
   * @return true if not applicable
   */
  public boolean isNotApplicable() {
    return getKind() == Kind.NOT_APPLICABLE;
  }

  /**
   * The number.
   *
   * @return the number
   * @throws InvalidValueException if the cell is blank or "/"
   */
  public BigDecimal getNumber() {
    BigDecimal number = numberOrNull();
    if (number == null) {
      throw new InvalidValueException("cell", toString(), "must hold a number");
    }
    return number;
  }

  /**
   * Whether the number is a non-negative integer (a valid count).
   *
   * @return true for a number that is a whole number, 0 or more
   */
  public boolean isNonNegativeInteger() {
    BigDecimal number = numberOrNull();
    return number != null && number.signum() >= 0 && isWhole(number);
  }

  /**
   * Whether the number is whole.
   *
   * @return true for a whole number
   */
  public boolean isInteger() {
    BigDecimal number = numberOrNull();
    return number != null && isWhole(number);
  }

  private static boolean isWhole(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  /**
   * The cell as printed: empty for blank, {@code /}, or the plain number (trailing fractional
   * zeros of amounts kept as given).
   *
   * @return the text
   */
  @Override
  public String toString() {
    switch (getKind()) {
      case BLANK:
        return "";
      case NOT_APPLICABLE:
        return "/";
      default:
        return getNumber().toPlainString();
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CellValue)) {
      return false;
    }
    CellValue other = (CellValue) o;
    if (getKind() != other.getKind()) {
      return false;
    }
    BigDecimal number = numberOrNull();
    BigDecimal otherNumber = other.numberOrNull();
    return number == null || otherNumber == null
        ? Objects.equals(number, otherNumber)
        : number.compareTo(otherNumber) == 0;
  }

  @Override
  public int hashCode() {
    BigDecimal number = numberOrNull();
    return number == null ? getKind().hashCode() : number.stripTrailingZeros().hashCode();
  }
}

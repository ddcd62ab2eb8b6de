package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.internal.Names;
import io.github.gongkai.report.internal.ReportTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A figure as a report prints it, which may be approximate: "183条" (exact), "430余条" and "3600多条"
 * (more than), "90%以上" (at least), "约20条" (about), with its unit or percent sign. It is held as
 * what it says — a bound or an approximation — and never coerced to an exact number: {@link
 * #admits(BigDecimal)} says whether a true value fits it.
 *
 * <p>{@link #parse(String)} reads Arabic digits (half- or full-width, with thousands commas and
 * decimals) and Chinese numerals ("四百三十余条", "百分之九十以上"), one marker of approximation
 * before the number (约, 大约, 超过, 逾, 多于, 不少于, 不低于, 至少, 不超过, 不多于, 至多, 最多, 不足, 不到, 不满,
 * 少于, 低于), 余 or 多 right after it, a unit (%, ％, or a measure word such as 条, 件, 个, 项, 篇, 期,
 * 次, 人, 名, 户, 家, 艘, 份, 万元, 元, 日, 个工作日), and one marker after (以上, 以下, 以内, 左右, 上下).
 * Markers of the same meaning may repeat (约50条左右); markers of different meanings (约430余条) are
 * refused. The meanings are those of {@link Approximation}.
 *
 * <p>JSON: the printed text, e.g. {@code "430余条"}. Immutable and thread-safe; equal when the
 * printed text (whitespace removed) is equal.
 */
@Value.Immutable
public abstract class PrintedFigure {
  private static final List<Map.Entry<String, Approximation>> BEFORE =
      List.of(
          Map.entry("大约", Approximation.ABOUT),
          Map.entry("约", Approximation.ABOUT),
          Map.entry("超过", Approximation.MORE_THAN),
          Map.entry("多于", Approximation.MORE_THAN),
          Map.entry("逾", Approximation.MORE_THAN),
          Map.entry("不少于", Approximation.AT_LEAST),
          Map.entry("不低于", Approximation.AT_LEAST),
          Map.entry("至少", Approximation.AT_LEAST),
          Map.entry("不超过", Approximation.AT_MOST),
          Map.entry("不多于", Approximation.AT_MOST),
          Map.entry("至多", Approximation.AT_MOST),
          Map.entry("最多", Approximation.AT_MOST),
          Map.entry("不足", Approximation.LESS_THAN),
          Map.entry("不到", Approximation.LESS_THAN),
          Map.entry("不满", Approximation.LESS_THAN),
          Map.entry("少于", Approximation.LESS_THAN),
          Map.entry("低于", Approximation.LESS_THAN));

  private static final List<Map.Entry<String, Approximation>> AFTER =
      List.of(
          Map.entry("以上", Approximation.AT_LEAST),
          Map.entry("以下", Approximation.AT_MOST),
          Map.entry("以内", Approximation.AT_MOST),
          Map.entry("左右", Approximation.ABOUT),
          Map.entry("上下", Approximation.ABOUT));

  /** Measure words, longer ones first. */
  private static final List<String> UNITS =
      List.of(
          "个工作日", "工作日", "人次", "万元", "公顷", "条", "件", "个", "项", "篇", "期", "次", "人", "名", "户", "家",
          "艘", "份", "封", "宗", "起", "批", "类", "处", "场", "本", "册", "张", "页", "元", "亩", "天", "日");

  private static final Pattern ARABIC = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?");
  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");
  private static final String DIGITS = "零〇一二两三四五六七八九";
  private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final String RULE =
      "must be a printed figure such as 183条, 430余条, 3600多条, 90%以上, 约20条 or 10.93%";

  PrintedFigure() {}

  /**
   * The figure as printed, whitespace removed, e.g. {@code 430余条}.
   *
   * @return the text
   */
  @JsonValue
  public abstract String getText();

  /**
   * What the figure says about the true value.
   *
   * @return the approximation
   */
  public abstract Approximation getApproximation();

  /**
   * The number printed, e.g. 430 for "430余条", 90 for "90%以上", 10.92 for "10.92%" (in percent
   * for a percentage).
   *
   * @return the number
   */
  public abstract BigDecimal getValue();

  /**
   * Whether the figure is a percentage ("%", "％" or "百分之").
   *
   * @return true for a percentage
   */
  public abstract boolean isPercent();

  /**
   * The measure word printed, e.g. {@code 条}; empty for a percentage or a bare number.
   *
   * @return the unit
   */
  public abstract String getUnit();

  @Value.Check
  void check() {
    if (getValue().signum() < 0) {
      throw new InvalidValueException("figure", getText(), "must not be negative");
    }
  }

  /**
   * An exact count as a bare number, e.g. {@code 183}.
   *
   * @param count the count, 0 or more
   * @return the figure
   * @throws InvalidValueException for a negative count
   */
  public static PrintedFigure exact(long count) {
    if (count < 0) {
      throw new InvalidValueException("figure", Long.toString(count), "must be 0 or more");
    }
    return ImmutablePrintedFigure.builder()
        .text(Long.toString(count))
        .approximation(Approximation.EXACT)
        .value(BigDecimal.valueOf(count))
        .percent(false)
        .unit("")
        .build();
  }

  /**
   * Reads a printed figure.
   *
   * @param text the figure as printed, e.g. {@code 430余条}, {@code ９０％以上}, {@code 四百三十余条}
   * @return the figure
   * @throws InvalidValueException if the text is not a figure of the forms above, or mixes markers
   *     of different meanings
   */
  @JsonCreator
  public static PrintedFigure parse(String text) {
    InvalidValueException.requireNonNull(text, "figure");
    String s = normalize(text);
    Approximation kind = Approximation.EXACT;
    int pos = 0;
    for (Map.Entry<String, Approximation> b : BEFORE) {
      if (s.startsWith(b.getKey())) {
        kind = b.getValue();
        pos = b.getKey().length();
        break;
      }
    }
    boolean percent = false;
    if (s.startsWith("百分之", pos)) {
      percent = true;
      pos += 3;
    }
    BigDecimal value;
    Matcher arabic = ARABIC.matcher(s).region(pos, s.length());
    Matcher chinese = CHINESE.matcher(s).region(pos, s.length());
    if (arabic.lookingAt()) {
      value = new BigDecimal(arabic.group().replace(",", ""));
      pos = arabic.end();
    } else if (chinese.lookingAt()) {
      Long n = chineseNumber(chinese.group());
      if (n == null) {
        throw new InvalidValueException("figure", Names.display(text), RULE);
      }
      value = BigDecimal.valueOf(n);
      pos = chinese.end();
    } else {
      throw new InvalidValueException("figure", Names.display(text), RULE);
    }
    if (pos < s.length() && (s.charAt(pos) == '余' || s.charAt(pos) == '多')) {
      kind = combine(kind, Approximation.MORE_THAN, text);
      pos++;
    }
    String unit = "";
    if (pos < s.length() && s.charAt(pos) == '%') {
      if (percent) {
        throw new InvalidValueException("figure", Names.display(text), "must not be both 百分之 and %");
      }
      percent = true;
      pos++;
    } else if (!percent) {
      for (String u : UNITS) {
        if (s.startsWith(u, pos)) {
          unit = u;
          pos += u.length();
          break;
        }
      }
    }
    for (Map.Entry<String, Approximation> a : AFTER) {
      if (s.startsWith(a.getKey(), pos)) {
        kind = combine(kind, a.getValue(), text);
        pos += a.getKey().length();
        break;
      }
    }
    if (pos != s.length()) {
      throw new InvalidValueException("figure", Names.display(text), RULE);
    }
    return ImmutablePrintedFigure.builder()
        .text(s)
        .approximation(kind)
        .value(value)
        .percent(percent)
        .unit(unit)
        .build();
  }

  private static Approximation combine(Approximation before, Approximation now, String text) {
    if (before != Approximation.EXACT && before != now) {
      throw new InvalidValueException(
          "figure", Names.display(text), "must not mix markers of different meanings (" + before.getCode()
              + " and " + now.getCode() + ")");
    }
    return now;
  }

  /** Whitespace removed, full-width digits, comma, point and percent sign made half-width. */
  private static String normalize(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      } else if (c == '％') {
        c = '%';
      } else if (c == '，') {
        c = ',';
      } else if (c == '．') {
        c = '.';
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * A Chinese numeral such as 四百三十, 十, 三千六百, 一万二千: digits times the units 十, 百, 千 within a
   * section, sections times 万 and 亿; null if malformed (two digits in a row, a unit without room).
   */
  private static @Nullable Long chineseNumber(String s) {
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return null;
        }
        digit = DIGIT_VALUES[d];
      } else if (c == '十' || c == '百' || c == '千') {
        long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        if (digit == 0 || (digit < 0 && unit != 10)) {
          return null;
        }
        section += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        section += Math.max(digit, 0);
        if (section == 0) {
          return null;
        }
        total = c == '亿' ? (total + section) * 100_000_000L : total + section * 10_000L;
        section = 0;
        digit = -1;
      }
    }
    return total + section + Math.max(digit, 0);
  }

  /**
   * Whether the figure is exact.
   *
   * @return true for {@link Approximation#EXACT}
   */
  public boolean isExact() {
    return getApproximation() == Approximation.EXACT;
  }

  /**
   * The smallest true value the figure admits, if it has one: 430 (not included) for "430余条", 90
   * for "90%以上", 3550 for "约3600条".
   *
   * @return the lower bound, or empty for "at most" and "less than"
   */
  public Optional<BigDecimal> getLowerBound() {
    switch (getApproximation()) {
      case EXACT:
      case MORE_THAN:
      case AT_LEAST:
        return Optional.of(getValue());
      case ABOUT:
        return Optional.of(getValue().subtract(aboutTolerance()));
      default:
        return Optional.empty();
    }
  }

  /**
   * The largest true value the figure admits, if it has one.
   *
   * @return the upper bound, or empty for "more than" and "at least"
   */
  public Optional<BigDecimal> getUpperBound() {
    switch (getApproximation()) {
      case EXACT:
      case AT_MOST:
      case LESS_THAN:
        return Optional.of(getValue());
      case ABOUT:
        return Optional.of(getValue().add(aboutTolerance()));
      default:
        return Optional.empty();
    }
  }

  /** Half the place value of the last non-zero digit: 50 for 3600, 5 for 20, 0.5 for 7 and 0. */
  private BigDecimal aboutTolerance() {
    BigDecimal v = getValue().stripTrailingZeros();
    int scale = v.signum() == 0 ? 0 : v.scale();
    return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
  }

  /**
   * Whether a true value fits the figure ("430余条" admits 431 but not 430; "90%以上" admits 90).
   *
   * @param value the true value, in percent for a percentage; not null
   * @return true if the figure admits it
   */
  public boolean admits(BigDecimal value) {
    InvalidValueException.requireNonNull(value, "value");
    BigDecimal v = getValue();
    switch (getApproximation()) {
      case EXACT:
        return value.compareTo(v) == 0;
      case MORE_THAN:
        return value.compareTo(v) > 0;
      case AT_LEAST:
        return value.compareTo(v) >= 0;
      case AT_MOST:
        return value.compareTo(v) <= 0;
      case LESS_THAN:
        return value.compareTo(v) < 0;
      default:
        BigDecimal t = aboutTolerance();
        return value.compareTo(v.subtract(t)) >= 0 && value.compareTo(v.add(t)) <= 0;
    }
  }

  /**
   * Whether a count fits the figure.
   *
   * @param count the true count
   * @return true if the figure admits it
   */
  public boolean admits(long count) {
    return admits(BigDecimal.valueOf(count));
  }

  /** The smallest whole number 0 or more the figure admits (bounds not included are stepped over). */
  long minWhole() {
    Optional<BigDecimal> lower = getLowerBound();
    if (lower.isEmpty()) {
      return 0;
    }
    BigDecimal l = lower.get();
    long w = getApproximation() == Approximation.MORE_THAN
        ? l.setScale(0, RoundingMode.FLOOR).longValueExact() + 1
        : l.setScale(0, RoundingMode.CEILING).longValueExact();
    return Math.max(0, w);
  }

  /** The largest whole number the figure admits, or null if unbounded (may be below {@link #minWhole()}). */
  @Nullable Long maxWhole() {
    Optional<BigDecimal> upper = getUpperBound();
    if (upper.isEmpty()) {
      return null;
    }
    BigDecimal u = upper.get();
    return getApproximation() == Approximation.LESS_THAN
        ? u.setScale(0, RoundingMode.CEILING).longValueExact() - 1
        : u.setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /**
   * What the figure says, in Chinese (the printed text) or English (e.g. {@code more than 430},
   * {@code at least 90%}).
   *
   * @param locale the language; Chinese for any {@code zh} locale
   * @return the description
   */
  public String describe(Locale locale) {
    if (locale.getLanguage().equals("zh")) {
      return getText();
    }
    String number = getValue().toPlainString() + (isPercent() ? "%" : "");
    return ReportTexts.MESSAGES.format("figure." + getApproximation().getCode(), Locale.ENGLISH, number);
  }

  @Override
  public String toString() {
    return getText();
  }
}

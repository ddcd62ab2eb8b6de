package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedFigureTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // the seed work summaries' approximate figures: 篇13 "430余条", 篇1 "3600多条", 篇12 "90%以上"
    "430余条, more-than, 430, false, 条",
    "3600多条, more-than, 3600, false, 条",
    "90%以上, at-least, 90, true, ''",
    "183条, exact, 183, false, 条",
    "183, exact, 183, false, ''",
    "10.92%, exact, 10.92, true, ''",
    "约20条, about, 20, false, 条",
    "50条左右, about, 50, false, 条",
    "超过50件, more-than, 50, false, 件",
    "不少于20项, at-least, 20, false, 项",
    "5件以下, at-most, 5, false, 件",
    "不足10件, less-than, 10, false, 件",
    "'3,600多条', more-than, 3600, false, 条",
    "９０％以上, at-least, 90, true, ''",
    "' 430 余 条 ', more-than, 430, false, 条",
    "四百三十余条, more-than, 430, false, 条",
    "三千六百多条, more-than, 3600, false, 条",
    "十余条, more-than, 10, false, 条",
    "一百零五件, exact, 105, false, 件",
    "百分之九十以上, at-least, 90, true, ''",
    "一万二千条, exact, 12000, false, 条",
    "约50条左右, about, 50, false, 条",
  })
  void parses(String text, String kind, String value, boolean percent, String unit) {
    PrintedFigure f = PrintedFigure.parse(text);
    assertThat(f.getApproximation().getCode()).isEqualTo(kind);
    assertThat(f.getValue()).isEqualByComparingTo(value);
    assertThat(f.isPercent()).isEqualTo(percent);
    assertThat(f.getUnit()).isEqualTo(unit);
    assertThat(f.isExact()).isEqualTo(kind.equals("exact"));
    assertThat(PrintedFigure.parse(f.getText())).isEqualTo(f);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"''", "条", "约", "430余条以上", "约430余条", "四三十条", "90%%", "百分之90%", "430余条x", "-5条", "abc", "1.2.3条"})
  void refuses(String text) {
    assertThatThrownBy(() -> PrintedFigure.parse(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("figure: ");
  }

  @Test
  void more_than_is_a_lower_bound_that_excludes_the_number() {
    PrintedFigure f = PrintedFigure.parse("430余条");
    assertThat(f.admits(430)).isFalse();
    assertThat(f.admits(431)).isTrue();
    assertThat(f.admits(100_000)).isTrue();
    assertThat(f.getLowerBound()).contains(new BigDecimal("430"));
    assertThat(f.getUpperBound()).isEmpty();
    assertThat(f.minWhole()).isEqualTo(431);
    assertThat(f.maxWhole()).isNull();
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo("more than 430");
    assertThat(f.describe(Locale.CHINA)).isEqualTo("430余条");
  }

  @Test
  void at_least_includes_the_number_at_most_too_less_than_does_not() {
    PrintedFigure f = PrintedFigure.parse("90%以上");
    assertThat(f.admits(new BigDecimal("90"))).isTrue();
    assertThat(f.admits(new BigDecimal("89.99"))).isFalse();
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo("at least 90%");
    assertThat(PrintedFigure.parse("5件以下").admits(5)).isTrue();
    assertThat(PrintedFigure.parse("5件以下").admits(6)).isFalse();
    assertThat(PrintedFigure.parse("不足10件").admits(10)).isFalse();
    assertThat(PrintedFigure.parse("不足10件").maxWhole()).isEqualTo(9L);
    assertThat(PrintedFigure.parse("不足10件").minWhole()).isZero();
  }

  @Test
  void about_is_the_figure_rounded_at_its_last_non_zero_digit() {
    PrintedFigure f = PrintedFigure.parse("约3600条");
    assertThat(f.admits(3550)).isTrue();
    assertThat(f.admits(3650)).isTrue();
    assertThat(f.admits(3549)).isFalse();
    assertThat(f.admits(3651)).isFalse();
    assertThat(PrintedFigure.parse("约20条").minWhole()).isEqualTo(15);
    assertThat(PrintedFigure.parse("约20条").maxWhole()).isEqualTo(25L);
    assertThat(PrintedFigure.parse("约7条").admits(8)).isFalse();
    assertThat(PrintedFigure.parse("约10.5%").admits(new BigDecimal("10.55"))).isTrue();
    assertThat(PrintedFigure.parse("约10.5%").admits(new BigDecimal("10.56"))).isFalse();
  }

  @Test
  void exact_is_an_exact_count_and_is_never_a_bound() {
    assertThat(PrintedFigure.exact(183)).isEqualTo(PrintedFigure.parse("183"));
    assertThat(PrintedFigure.exact(183).admits(184)).isFalse();
    assertThat(PrintedFigure.exact(183).toString()).isEqualTo("183");
    assertThatThrownBy(() -> PrintedFigure.exact(-1)).isInstanceOf(InvalidValueException.class);
  }
}

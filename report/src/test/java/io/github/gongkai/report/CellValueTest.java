package io.github.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellValueTest {
  @Test
  void blank_zero_and_slash_are_distinct() {
    assertThat(CellValue.parse("")).isEqualTo(CellValue.BLANK);
    assertThat(CellValue.parse(" / ")).isEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(CellValue.parse("／")).isEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(CellValue.parse("0")).isEqualTo(CellValue.ZERO);
    assertThat(CellValue.BLANK).isNotEqualTo(CellValue.ZERO).isNotEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(CellValue.ZERO).isNotEqualTo(CellValue.NOT_APPLICABLE);
    assertThat(CellValue.BLANK.toString()).isEmpty();
    assertThat(CellValue.NOT_APPLICABLE.toString()).isEqualTo("/");
  }

  @Test
  void numbers() {
    assertThat(CellValue.parse("１２")).isEqualTo(CellValue.ofCount(12));
    assertThat(CellValue.parse("12.0")).isEqualTo(CellValue.ofCount(12));
    assertThat(CellValue.parse("12.0").hashCode()).isEqualTo(CellValue.ofCount(12).hashCode());
    assertThat(CellValue.ofWanYuan(new BigDecimal("0.35")).toString()).isEqualTo("0.35");
    assertThat(CellValue.parse("2.5").isNonNegativeInteger()).isFalse();
    assertThat(CellValue.parse("-1").isInteger()).isTrue();
    assertThat(CellValue.parse("-1").isNonNegativeInteger()).isFalse();
    assertThat(CellValue.parse("100").isNonNegativeInteger()).isTrue();
  }

  @Test
  void bad_input() {
    assertThatThrownBy(() -> CellValue.ofCount(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("count: must be 0 or more - but was: -1");
    assertThatThrownBy(() -> CellValue.parse("十二")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("十二");
    assertThatThrownBy(() -> CellValue.BLANK.getNumber()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CellValue.ofWanYuan(new BigDecimal("-0.1"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void addresses() {
    CellAddress a = CellAddress.parse("table3/new/natural-person");
    assertThat(a).isEqualTo(CellAddress.of(ReportTable.TABLE_3, "new", "natural-person"));
    assertThat(a.toString()).isEqualTo("table3/new/natural-person");
    assertThat(CellAddress.parse("三/new/total").getTable()).isEqualTo(ReportTable.TABLE_3);
    assertThatThrownBy(() -> CellAddress.parse("table3/new")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CellAddress.parse("table9/new/total")).isInstanceOf(InvalidValueException.class);
  }
}

package io.github.gongkai.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class CodesTest {
  @Test
  void rule_and_severity_codes_round_trip() {
    for (CheckRule r : CheckRule.values()) {
      assertThat(CheckRule.ofCode(r.getCode())).isEqualTo(r);
      assertThat(r.getTitleZh()).isNotBlank();
      assertThat(r.getTitleEn()).isNotBlank();
    }
    for (Severity s : Severity.values()) {
      assertThat(Severity.ofCode(s.getCode())).isEqualTo(s);
    }
    assertThatThrownBy(() -> CheckRule.ofCode("t9")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Severity.ofCode("fatal")).isInstanceOf(InvalidValueException.class);
  }
}

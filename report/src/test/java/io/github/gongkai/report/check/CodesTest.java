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
      assertThat(r.getLabelZh()).isNotBlank();
      assertThat(r.getLabelEn()).isNotBlank();
    }
    for (Severity s : Severity.values()) {
      assertThat(Severity.ofCode(s.getCode())).isEqualTo(s);
    }
    assertThatThrownBy(() -> CheckRule.ofCode("t9")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Severity.ofCode("fatal")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rule_labels_state_the_rule_in_both_languages() {
    assertThat(CheckRule.T3_BALANCE.getLabelZh()).isEqualTo("第一项加第二项之和等于第三项加第四项之和");
    assertThat(CheckRule.T3_BALANCE.getLabelEn()).isEqualTo("item 1 + item 2 = item 3 + item 4");
  }

  @Test
  void policies_have_codes() {
    assertThat(NonNumberPolicy.ofCode("zero")).isEqualTo(NonNumberPolicy.ZERO);
    assertThatThrownBy(() -> NonNumberPolicy.ofCode("Zero"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be one of unknown, zero")
        .hasMessageContaining("did you mean `zero`?");
  }
}

package io.github.gongkai.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.request.ApplicantType;
import org.junit.jupiter.api.Test;

/** The one code lookup: exact codes through the per-enum map, a refusal naming the near miss otherwise. */
class EnumCodeMapTest {

  @Test
  void every_constant_is_found_by_its_exact_code_and_nothing_else_is() {
    for (ApplicantType t : ApplicantType.values()) {
      assertThat(EnumCodes.exact(ApplicantType.class, t.getCode())).isSameAs(t);
      assertThat(EnumCodes.lookup(ApplicantType.class, "applicantType", t.getCode())).isSameAs(t);
      assertThat(EnumCodes.exact(ApplicantType.class, t.getCode().toUpperCase(java.util.Locale.ROOT))).isNull();
    }
    assertThat(EnumCodes.exact(DayType.class, "makeup-workday")).isNull();
    assertThat(EnumCodes.exact(DayType.class, "makeup_workday")).isSameAs(DayType.MAKEUP_WORKDAY);
  }

  @Test
  void a_near_miss_is_refused_with_the_code_probably_meant() {
    assertThatThrownBy(() -> EnumCodes.lookup(DayType.class, "dayType", "Holiday"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("did you mean `holiday`?");
  }

  @Test
  void only_coded_enums_have_a_code_map() {
    assertThatThrownBy(() -> EnumCodes.exact(String.class, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnumCodes.exact(java.time.DayOfWeek.class, "monday"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

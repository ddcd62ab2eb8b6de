package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Average and median working days. */
class WorkingDaysSummaryTest {

  @Test
  void odd_count_median_is_the_middle_value() {
    // 1, 3, 5 → median 3; average 9/3 = 3.00
    WorkingDaysSummary s = WorkingDaysSummary.of(List.of(5, 1, 3));
    assertThat(s.getMedian()).contains(new BigDecimal("3.0"));
    assertThat(s.getAverage()).contains(new BigDecimal("3.00"));
  }

  @Test
  void even_count_median_is_the_mean_of_the_middle_two_in_any_order() {
    // 3, 5, 8, 10 → (5 + 8) / 2 = 6.5; average 26/4 = 6.50
    for (List<Integer> order : List.of(List.of(10, 3, 8, 5), List.of(3, 5, 8, 10), List.of(8, 10, 5, 3))) {
      WorkingDaysSummary s = WorkingDaysSummary.of(order);
      assertThat(s.getMedian()).contains(new BigDecimal("6.5"));
      assertThat(s.getAverage()).contains(new BigDecimal("6.50"));
    }
    // 2, 4 → 3.0 (an even count can give a whole number)
    assertThat(WorkingDaysSummary.of(List.of(4, 2)).getMedian()).contains(new BigDecimal("3.0"));
  }

  @Test
  void average_is_rounded_half_up() {
    // 1 + 1 + 2 = 4 / 3 = 1.333… → 1.33; 1 + 2 + 2 = 5 / 3 = 1.666… → 1.67; 1, 2 → 1.50
    assertThat(WorkingDaysSummary.of(List.of(1, 1, 2)).getAverage()).contains(new BigDecimal("1.33"));
    assertThat(WorkingDaysSummary.of(List.of(1, 2, 2)).getAverage()).contains(new BigDecimal("1.67"));
    assertThat(WorkingDaysSummary.of(List.of(1, 2)).getAverage()).contains(new BigDecimal("1.50"));
  }

  @Test
  void empty_is_undefined_and_negatives_are_refused() {
    WorkingDaysSummary s = WorkingDaysSummary.of(List.of());
    assertThat(s.getCount()).isZero();
    assertThat(s.getMedian()).isEmpty();
    assertThat(s.getAverage()).isEmpty();
    assertThatThrownBy(() -> WorkingDaysSummary.of(List.of(1, -1))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> WorkingDaysSummary.of(Arrays.asList(1, null))).isInstanceOf(InvalidValueException.class);
  }
}

package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.report.PropertyRuns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {
  private static final List<DigitSplitter.Sum> ROW = List.of(new DigitSplitter.Sum(List.of(0, 1, 2, 3, 4, 5), 6));

  @Test
  void one_digit_per_cell_is_decided_by_length_even_when_the_row_does_not_add_up() {
    DigitSplitter.Result r = DigitSplitter.split("3000004", 7, ROW);
    assertThat(r.decided()).isTrue();
    assertThat(r.basis()).isEqualTo(DigitSplitter.Basis.LENGTH);
    assertThat(r.splits()).containsExactly(List.of("3", "0", "0", "0", "0", "0", "4"));
  }

  @Test
  void the_row_identity_decides_between_splits() {
    DigitSplitter.Result r = DigitSplitter.split("320000032", 7, ROW);
    assertThat(r.basis()).isEqualTo(DigitSplitter.Basis.ROW_IDENTITY);
    assertThat(r.splits()).containsExactly(List.of("32", "0", "0", "0", "0", "0", "32"));
  }

  @Test
  void a_space_is_a_cell_boundary() {
    // "5800000 58": six cells, then the total
    assertThat(DigitSplitter.split("5800000 58", 7, ROW).splits()).containsExactly(List.of("58", "0", "0", "0", "0", "0", "58"));
    assertThat(DigitSplitter.split("000000 0", 7, ROW).splits()).containsExactly(List.of("0", "0", "0", "0", "0", "0", "0"));
    // a cell never crosses a space
    assertThat(DigitSplitter.enumerate("12 3", 2, List.of(), 10)).containsExactly(List.of("12", "3"));
  }

  @Test
  void slashes_are_cells_of_their_own_and_leave_the_identity_unknown() {
    assertThat(DigitSplitter.split("//////", 6, List.of()).splits()).hasSize(1);
    assertThat(DigitSplitter.split("1/////1", 7, ROW).splits()).containsExactly(List.of("1", "/", "/", "/", "/", "/", "1"));
  }

  @Test
  void an_ambiguous_run_lists_every_split_and_decides_none() {
    DigitSplitter.Result r = DigitSplitter.split("3123", 3, List.of());
    assertThat(r.decided()).isFalse();
    assertThat(r.splits()).containsExactlyInAnyOrder(List.of("3", "1", "23"), List.of("3", "12", "3"), List.of("31", "2", "3"));
  }

  @Test
  void an_impossible_run_has_no_split() {
    assertThat(DigitSplitter.split("00", 3, List.of()).splits()).isEmpty();
    assertThat(DigitSplitter.split("05", 1, List.of()).splits()).isEmpty();
    assertThat(DigitSplitter.split("1x1", 2, List.of()).splits()).isEmpty();
    // several splits have seven cells, none adds up: reported, not guessed
    DigitSplitter.Result r = DigitSplitter.split("11111111", 7, ROW);
    assertThat(r.decided()).isFalse();
    assertThat(r.splits()).isEmpty();
  }

  @Test
  void table_4_splits_its_fifteen_cells_by_the_three_group_totals() {
    List<DigitSplitter.Sum> t4 = List.of(
        new DigitSplitter.Sum(List.of(0, 1, 2, 3), 4),
        new DigitSplitter.Sum(List.of(5, 6, 7, 8), 9),
        new DigitSplitter.Sum(List.of(10, 11, 12, 13), 14));
    DigitSplitter.Result r = DigitSplitter.split("21317000001324019", 15, t4);
    assertThat(r.decided()).isTrue();
    assertThat(r.splits().get(0)).containsExactly("2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19");
  }

  /**
   * For random valid rows of table 三 (总计 = the six applicant cells), the digits run together
   * split back to the row whenever exactly one split fits; the row is always among the splits
   * listed; and a run several splits fit is never decided.
   */
  @Test
  void a_run_splits_back_to_its_row_or_is_reported_never_guessed() {
    PropertyRuns.qt()
        .forAll(lists().of(integers().between(0, 120)).ofSize(6), integers().between(0, 3))
        .checkAssert((six, spaces) -> {
          List<String> row = new ArrayList<>();
          long total = 0;
          for (int v : six) {
            row.add(Integer.toString(v));
            total += v;
          }
          row.add(Long.toString(total));
          // 0: all run together; 1: a space before the total, as some pages print it
          String run = spaces == 1 ? String.join("", row.subList(0, 6)) + " " + row.get(6) : String.join("", row);
          DigitSplitter.Result r = DigitSplitter.split(run, 7, ROW);
          assertThat(r.splits()).contains(row);
          if (r.splits().size() == 1) {
            assertThat(r.decided()).isTrue();
            assertThat(r.splits().get(0)).isEqualTo(row);
          } else {
            assertThat(r.decided()).isFalse();
          }
        });
  }
}

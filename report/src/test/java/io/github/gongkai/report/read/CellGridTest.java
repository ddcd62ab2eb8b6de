package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CellGridTest {
  private static CellGrid grid(String rows) {
    Element table = Jsoup.parse("<table>" + rows + "</table>").selectFirst("table");
    return CellGrid.of(java.util.Objects.requireNonNull(table));
  }

  @Test
  void rowspan_and_colspan_fill_every_position_they_cover() {
    CellGrid g = grid(
        "<tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>"
            + "<tr><td>C</td></tr>"
            + "<tr><td>D</td><td colspan=2>E</td></tr>");
    assertThat(g.texts()).containsExactly(
        List.of("A", "A", "B"),
        List.of("A", "A", "C"),
        List.of("D", "E", "E"));
    assertThat(g.cellsOf(1)).extracting(CellGrid.Cell::text).containsExactly("A", "C");
    assertThat(g.cellsOf(2)).extracting(CellGrid.Cell::text).containsExactly("D", "E");
  }

  @Test
  void a_cell_after_a_rowspan_moves_right_of_it() {
    // table 三's layout: the group cell spans the rows of its items
    CellGrid g = grid(
        "<tr><td rowspan=3>三、本年度办理结果</td><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>4</td></tr>"
            + "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td></tr>"
            + "<tr><td colspan=2>（七）总计</td><td>218</td></tr>");
    assertThat(g.texts().get(1)).containsExactly("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开", "0");
    assertThat(g.texts().get(2)).containsExactly("三、本年度办理结果", "（七）总计", "（七）总计", "218");
  }

  @Test
  void text_is_tidied_and_paragraphs_become_spaces() {
    CellGrid g = grid("<tr><td><p>社会</p><p>公益&nbsp;&nbsp;</p><p>组织</p></td><td>&nbsp;</td></tr>");
    assertThat(g.texts().get(0)).containsExactly("社会 公益 组织", "");
  }

  @Test
  void a_rowspan_past_the_last_row_adds_no_row_and_nested_tables_are_not_rows() {
    CellGrid g = grid("<tr><td rowspan=5>A</td><td>B</td></tr><tr><td>C<table><tr><td>X</td></tr></table></td></tr>");
    assertThat(g.height()).isEqualTo(2);
    assertThat(g.width()).isEqualTo(2);
    assertThat(g.get(1, 0)).isEqualTo(g.get(0, 0));
    assertThat(g.get(5, 5)).isNull();
  }
}

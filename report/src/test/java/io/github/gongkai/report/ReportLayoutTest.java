package io.github.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportLayoutTest {

  static List<String> records() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = ReportLayout.class.getResourceAsStream(ReportLayout.RESOURCE)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    }
    return out;
  }

  @Test
  void resource_names_its_sources() throws IOException {
    try (InputStream in = ReportLayout.class.getResourceAsStream(ReportLayout.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("国办公开办函〔2021〕30号", "国办公开办函〔2019〕60号", "Art.32", "docs/legal-reference.md");
    }
  }

  /** Every record of the resource is visible, with the same labels, in the loaded layout. */
  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("records")
  void every_entry_is_loaded(String line) {
    String[] f = line.split("\t", -1);
    String kind = f[0];
    ReportLayout layout = ReportFormat.ofCode(f[1]).getLayout();
    switch (kind) {
      case "format":
        assertThat(layout.getRegime().name()).isEqualTo(f[2]);
        assertThat(layout.getFirstYear()).isEqualTo(Integer.parseInt(f[3]));
        assertThat(layout.getDocumentNumber()).isEqualTo(f[5]);
        assertThat(layout.getTitleZh()).isEqualTo(f[6]);
        assertThat(layout.getTitleEn()).isEqualTo(f[7]);
        break;
      case "section":
        Section s = layout.getSections().stream().filter(x -> x.getNumber().equals(f[2])).findFirst().orElseThrow();
        assertThat(s.getTitleZh()).isEqualTo(f[3]);
        assertThat(s.getTitleEn()).isEqualTo(f[4]);
        assertThat(s.getLegalBasis()).isEqualTo(LegalBasis.parse(layout.getRegime(), f[5]));
        break;
      case "table":
        TableLayout t = layout.getTable(ReportTable.ofNumeral(f[2]));
        assertThat(t.getTitleZh()).isEqualTo(f[3]);
        assertThat(t.getTitleEn()).isEqualTo(f[4]);
        break;
      case "block":
        BlockLayout b = layout.getTable(ReportTable.ofNumeral(f[2])).getBlocks().stream()
            .filter(x -> x.getCode().equals(f[3])).findFirst().orElseThrow();
        assertThat(b.getLabelZh()).isEqualTo(f[4].equals("-") ? null : f[4]);
        assertThat(b.getRows()).isNotEmpty();
        assertThat(b.getColumns()).isNotEmpty();
        break;
      case "column":
        {
          TableLayout tl = layout.getTable(ReportTable.ofNumeral(f[2]));
          BlockLayout bl = tl.getBlocks().stream().filter(x -> x.getCode().equals(f[3])).findFirst().orElseThrow();
          if (f[4].equals("@applicant-types")) {
            assertThat(bl.getColumns().stream().map(ColumnLayout::getApplicantType).filter(a -> a != null)
                    .collect(Collectors.toList()))
                .containsExactly(ApplicantType.values());
          } else if (f[4].equals("@case-results")) {
            assertThat(bl.getColumns()).extracting(ColumnLayout::getLabelZh)
                .startsWith("结果维持", "结果纠正", "其他结果", "尚未审结");
          } else {
            ColumnLayout c = bl.getColumns().stream().filter(x -> x.getCode().equals(f[4])).findFirst().orElseThrow();
            assertThat(c.getLabelZh()).isEqualTo(f[5]);
            assertThat(c.getLabelEn()).isEqualTo(f[6]);
            assertThat(c.getKind()).isEqualTo(ColumnKind.ofCode(f[7]));
          }
          break;
        }
      case "row":
        {
          TableLayout tl = layout.getTable(ReportTable.ofNumeral(f[2]));
          if (f[4].equals("@outcomes")) {
            for (OutcomeGround g : OutcomeGround.values()) {
              RowLayout r = tl.rowFor(g);
              assertThat(r.getCategory()).isEqualTo(g.getCategory());
            }
          } else {
            RowLayout r = tl.getRow(f[4]);
            assertThat(r.getNumber()).isEqualTo(f[5].equals("-") ? "" : f[5]);
            assertThat(r.getLabelZh()).isEqualTo(f[6]);
            assertThat(r.getLabelEn()).isEqualTo(f[7]);
            assertThat(tl.getBlock(f[4]).getCode()).isEqualTo(f[3]);
          }
          break;
        }
      default:
        throw new AssertionError("unknown record " + kind);
    }
  }

  @Test
  void table3_2021_rows_are_the_catalogue() {
    TableLayout t = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
    List<String> printed = t.getRows().stream().filter(RowLayout::isPrinted).map(RowLayout::getPrintedZh)
        .collect(Collectors.toList());
    assertThat(printed).hasSize(2 + OutcomeGround.values().length + 2);
    assertThat(printed.get(0)).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(printed.get(2)).isEqualTo("（一）予以公开");
    assertThat(printed.get(3)).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    assertThat(printed.get(4)).isEqualTo("1.属于国家秘密");
    assertThat(t.getRow("all-withheld").getChildren()).hasSize(8);
    assertThat(t.getRow("all-cannot-provide").getChildren()).hasSize(3);
    assertThat(t.getRow("all-not-processed").getChildren()).hasSize(5);
    assertThat(t.getRow("all-other").getChildren()).hasSize(3);
    assertThat(printed.get(printed.size() - 2)).isEqualTo("（七）总计");
    assertThat(printed.get(printed.size() - 1)).isEqualTo("四、结转下年度继续办理");
    for (OutcomeGround g : OutcomeGround.values()) {
      assertThat(t.rowFor(g).getGround()).isEqualTo(g);
    }
    assertThat(t.getColumns(RowLayout.NEW)).extracting(ColumnLayout::getLabelZh)
        .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    assertThat(t.getColumns(RowLayout.NEW).get(1).getGroupZh()).isEqualTo("法人或其他组织");
    assertThat(t.getColumns(RowLayout.NEW).get(0).getGroupZh()).isNull();
    assertThat(t.getCells()).hasSize(29 * 7);
  }

  @Test
  void trial_2019_has_other_handling_without_sub_items() {
    TableLayout t = ReportFormat.TRIAL_2019.getLayout().getTable(ReportTable.TABLE_3);
    RowLayout other = t.rowFor(OutcomeGround.OTHER_FEE_NOT_PAID);
    assertThat(other.getCode()).isEqualTo("all-other");
    assertThat(other.getPrintedZh()).isEqualTo("（六）其他处理");
    assertThat(other.isPrinted()).isTrue();
    assertThat(t.rowFor(OutcomeGround.OTHER)).isSameAs(other);
    assertThat(t.rowFor(OutcomeGround.WITHHELD_STATE_SECRET).getCode()).isEqualTo("withheld-state-secret");
    TableLayout t2 = ReportFormat.TRIAL_2019.getLayout().getTable(ReportTable.TABLE_2);
    assertThat(t2.getBlocks()).hasSize(5);
    assertThat(t2.getColumns("licensing")).extracting(ColumnLayout::getKind)
        .containsExactly(ColumnKind.COUNT, ColumnKind.SIGNED_COUNT, ColumnKind.COUNT);
  }

  @Test
  void table2_and_table4_2021() {
    ReportLayout l = ReportFormat.FORMAT_2021.getLayout();
    TableLayout t2 = l.getTable(ReportTable.TABLE_2);
    assertThat(t2.getBlocks()).extracting(BlockLayout::getLabelZh)
        .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
    assertThat(t2.getCells()).hasSize(6 + 1 + 2 + 1);
    assertThat(t2.getColumns("fees").get(0).getKind()).isEqualTo(ColumnKind.WAN_YUAN);
    assertThat(t2.getBlock("rules").getLegalBasis().toChinese()).isEqualTo("《中华人民共和国政府信息公开条例》第二十条第（一）项");
    TableLayout t4 = l.getTable(ReportTable.TABLE_4);
    assertThat(t4.getCells()).hasSize(15);
    assertThat(t4.getRow("litigation-direct").getGroupZh()).isEqualTo("行政诉讼");
    assertThat(l.getSections()).extracting(Section::getTitleZh).containsExactly(
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况", "其他需要报告的事项");
  }

  @Test
  void legacy_2008_has_six_items_including_fees() {
    ReportLayout l = ReportFormat.LEGACY_2008.getLayout();
    assertThat(l.hasTables()).isFalse();
    assertThat(l.getSections()).hasSize(6);
    assertThat(l.getSections().get(2).getTitleZh()).isEqualTo("政府信息公开的收费及减免情况");
    assertThat(l.getSections().get(2).getLegalBasis().toNotation()).isEqualTo("OGI-2008:32(3)");
    assertThatThrownBy(() -> l.getTable(ReportTable.TABLE_3)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void format_for_year() {
    assertThat(ReportFormat.forYear(2008)).isEqualTo(ReportFormat.LEGACY_2008);
    assertThat(ReportFormat.forYear(2018)).isEqualTo(ReportFormat.LEGACY_2008);
    assertThat(ReportFormat.forYear(2019)).isEqualTo(ReportFormat.TRIAL_2019);
    assertThat(ReportFormat.forYear(2020)).isEqualTo(ReportFormat.TRIAL_2019);
    assertThat(ReportFormat.forYear(2021)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.forYear(2030)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThatThrownBy(() -> ReportFormat.forYear(2007)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("year");
    assertThatThrownBy(() -> ReportFormat.ofCode("2022")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rows_found_by_printed_labels() {
    TableLayout t = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
    assertThat(t.findRow("（三）1")).map(RowLayout::getCode).hasValue("withheld-state-secret");
    assertThat(t.findRow("(三)1.属于国家秘密")).map(RowLayout::getCode).hasValue("withheld-state-secret");
    assertThat(t.findRow("一")).map(RowLayout::getCode).hasValue("new");
    assertThat(t.findRow("（七）")).map(RowLayout::getCode).hasValue("total");
    assertThat(t.findRow("四、结转下年度继续办理")).map(RowLayout::getCode).hasValue("carried-forward");
    assertThat(t.findRow("（六）3")).map(RowLayout::getCode).hasValue("other");
    assertThat(t.findRow("其他")).map(RowLayout::getCode).hasValue("other");
    assertThat(t.findRow("不存在")).isEmpty();
    assertThat(t.findColumn("new", "自然人")).map(ColumnLayout::getCode).hasValue("natural-person");
    assertThat(t.describeZh(CellAddress.of(ReportTable.TABLE_3, "withheld-state-secret", "total")))
        .isEqualTo("表三 （三）不予公开 1.属于国家秘密 × 总计");
  }

  @Test
  void every_row_names_its_legal_basis() {
    for (ReportFormat f : new ReportFormat[] {ReportFormat.FORMAT_2021, ReportFormat.TRIAL_2019}) {
      for (TableLayout t : f.getLayout().getTables()) {
        for (RowLayout r : t.getRows()) {
          assertThat(t.getLegalBases(r.getCode())).as(r.getCode()).isNotEmpty();
        }
      }
    }
    TableLayout t3 = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
    assertThat(t3.getLegalBases("withheld-state-secret")).extracting(LegalBasis::toNotation).containsExactly("OGI-2019:14");
    assertThat(t3.getLegalBases("new")).extracting(LegalBasis::toNotation).containsExactly("OGI-2019:50(2)");
    assertThat(ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_2).getLegalBases("licensing"))
        .extracting(LegalBasis::toNotation).containsExactly("OGI-2019:20(5)");
  }

  @Test
  void categories_cover_catalogue() {
    TableLayout t = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
    for (OutcomeCategory c : OutcomeCategory.values()) {
      assertThat(t.getRows()).anyMatch(r -> r.getCategory() == c);
    }
  }
}

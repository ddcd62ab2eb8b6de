package io.github.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.catalogue.Catalogue;
import io.github.gongkai.core.catalogue.CatalogueClass;
import io.github.gongkai.core.catalogue.CatalogueEntry;
import io.github.gongkai.core.catalogue.DisclosureAttribute;
import io.github.gongkai.core.catalogue.DisclosureGuide;
import io.github.gongkai.core.item.PublicationMedium;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The catalogue renderer escapes every value, shows each class's entries with their 公开方式, and
 * puts the guide's sections first when a guide is given. The sample's whole pages are pinned by
 * golden files in the examples module.
 */
class CatalogueRendererTest {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 2);

  private static Catalogue catalogue(String title) {
    return Catalogue.builder()
        .agency("<b>局</b>")
        .compiledOn(DAY)
        .addClasses(CatalogueClass.builder().code("07").name("行政许可").addStatutoryCategories("2019-art20-5")
            .addSubClasses(CatalogueClass.of("07-01", "许可结果")).build())
        .addClasses(CatalogueClass.of("08", "应急预案"))
        .addEntries(CatalogueEntry.builder().indexNumber("A-1").classCode("07").title(title).producingOffice("科")
            .formedOn(DAY).changedOn(DAY.plusDays(3)).attribute(DisclosureAttribute.PROACTIVE)
            .addMedia(PublicationMedium.WEBSITE, PublicationMedium.READING_ROOM).addPlaces("人民路88号")
            .timeLimitWorkingDays(7).build())
        .addEntries(CatalogueEntry.builder().indexNumber("A-2").classCode("07-01").title("卷宗").producingOffice("科")
            .formedOn(DAY).attribute(DisclosureAttribute.NOT_DISCLOSED)
            .withholdingGround(OutcomeGround.WITHHELD_ENFORCEMENT_CASE_FILE).build())
        .build();
  }

  private static DisclosureGuide guide() {
    return DisclosureGuide.builder().agency("局").compiledOn(DAY).acceptanceOffice("办公室").address("人民路88号")
        .hours("工作日").phone("0731-1").addProcedure("提出申请", "答复").fees("不收费").reviewBody("市人民政府")
        .court("市中级人民法院").build();
  }

  @Test
  void html_escapes_every_value_and_shows_the_manner_of_publication() {
    String html = CatalogueRenderer.render(catalogue("a<script>x</script>&b"), null, RenderFormat.HTML);
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>局")
        .contains("a&lt;script&gt;x&lt;/script&gt;&amp;b")
        .contains("<title>&lt;b&gt;局&lt;/b&gt;政府信息公开目录</title>")
        .contains("<h2>07 行政许可</h2>").contains("<h3>07-01 许可结果</h3>")
        .contains("<td>2024年9月2日（2024年9月5日变更）</td>")
        .contains("<td>政府网站或其他互联网政务媒体；查阅场所；人民路88号；7个工作日内公开</td>")
        .contains("<td>不予公开（属于行政执法案卷）</td>")
        .contains("对应主动公开范围：《中华人民共和国政府信息公开条例》第二十条第（五）项")
        .contains("<p class=\"note\">本类暂无条目。</p>");
  }

  @Test
  void markdown_escapes_table_cells() {
    String md = CatalogueRenderer.render(catalogue("a|b *c*"), null, RenderFormat.MARKDOWN);
    assertThat(md).startsWith("# \\<b\\>局\\</b\\>政府信息公开目录\n")
        .contains("| A-1 | a\\|b \\*c\\* |  | 2024年9月2日（2024年9月5日变更） |")
        .contains("\n## 07 行政许可\n").contains("\n### 07-01 许可结果\n")
        .contains("| 索引号 | 名称 | 文号 | 生成日期 | 公开方式 |\n|---|---|---|---|---|\n");
  }

  @Test
  void a_guide_comes_first_with_its_remedies_and_the_classes_move_one_level_down() {
    String md = CatalogueRenderer.render(catalogue("t"), guide(), RenderFormat.MARKDOWN);
    assertThat(md).startsWith("# \\<b\\>局\\</b\\>政府信息公开指南和目录\n")
        .contains("\n## 二、政府信息公开工作机构\n\n- 名称：办公室\n- 办公地址：人民路88号\n")
        .contains("\n1. 提出申请\n2. 答复\n")
        .contains("可以向市人民政府申请行政复议，或者向市中级人民法院提起行政诉讼（《中华人民共和国政府信息公开条例》第五十一条）")
        .contains("\n### 07 行政许可\n").contains("\n#### 07-01 许可结果\n");
    assertThat(md.indexOf("五、救济途径")).isLessThan(md.indexOf("07 行政许可"));
    String html = CatalogueRenderer.render(catalogue("t"), guide(), RenderFormat.HTML);
    assertThat(html).contains("<ol>\n<li>提出申请</li>\n<li>答复</li>\n</ol>").contains("<h3>07 行政许可</h3>")
        .contains("<h4>07-01 许可结果</h4>");
  }

  @Test
  void only_markdown_and_html_are_rendered() {
    assertThatThrownBy(() -> CatalogueRenderer.render(catalogue("t"), null, RenderFormat.CSV))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("format");
  }
}

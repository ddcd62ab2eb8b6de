package io.github.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.Samples;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import io.github.gongkai.report.aggregate.RequestFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportRendererTest {
  static AnnualReport sample() {
    return Samples.report("report-2024.json").toBuilder()
        .sectionText("一", "本年度共收到政府信息公开申请66件，均依法按时答复。")
        .sectionText("五", "依申请公开答复文书的规范性有待提高。")
        .build();
  }

  static AnnualReport trial() {
    ReportAccumulator acc = ReportAccumulator.forYear(2020);
    acc.add(RequestFacts.of(ApplicantType.NATURAL_PERSON, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 20), OutcomeGround.RELEASED));
    acc.add(RequestFacts.of(ApplicantType.NATURAL_PERSON, LocalDate.of(2019, 12, 20), LocalDate.of(2020, 1, 10), OutcomeGround.OTHER_FEE_NOT_PAID));
    acc.add(RequestFacts.of(ApplicantType.COMMERCIAL_ENTERPRISE, LocalDate.of(2020, 12, 28), null, null));
    return acc.toReport(ReportFormat.TRIAL_2019, "示例县某局（样例数据）");
  }

  @ParameterizedTest
  @EnumSource(RenderFormat.class)
  void golden_2021(RenderFormat f) {
    Samples.assertFile("golden/report-2024." + f.getCode(), ReportRenderer.render(sample(), f));
  }

  @ParameterizedTest
  @EnumSource(value = RenderFormat.class, names = {"HTML", "MARKDOWN"})
  void golden_2019_trial(RenderFormat f) {
    Samples.assertFile("golden/trial-2020." + f.getCode(), ReportRenderer.render(trial(), f));
  }

  @Test
  void json_is_the_report_json() {
    assertThat(Samples.read(ReportRenderer.render(sample(), RenderFormat.JSON))).isEqualTo(sample());
  }

  @Test
  void html_uses_the_official_merged_headers() {
    String html = ReportRenderer.render(sample(), RenderFormat.HTML);
    assertThat(html).contains("<th colspan=\"5\">法人或其他组织</th>")
        .contains("<th rowspan=\"2\">自然人</th>")
        .contains("<th rowspan=\"8\" class=\"row\">（三）不予公开</th>")
        .contains("<th rowspan=\"22\" class=\"row\">三、本年度办理结果</th>")
        .contains("<th colspan=\"10\">行政诉讼</th>")
        .contains("<svg").contains("（四）无法提供")
        .doesNotContain("（小计）");
    String trial = ReportRenderer.render(trial(), RenderFormat.HTML);
    assertThat(trial).contains("<th colspan=\"2\" class=\"row\">（六）其他处理</th>")
        .contains("第二十条第（九）项");
  }

  @Test
  void csv_quotes_and_lists_every_cell() {
    String csv = ReportRenderer.render(sample(), RenderFormat.CSV);
    assertThat(csv.lines().count()).isEqualTo(1 + 10 + 25 * 7 + 15);
    assertThat(csv).contains("table3,main,new,natural-person,一、本年新收政府信息公开申请数量,自然人,58\n");
    assertThat(csv).contains("table2,art20-1,rules,in-force,规章,现行有效件数,/\n");
  }

  @Test
  void format_codes() {
    assertThat(RenderFormat.ofCode("md")).isEqualTo(RenderFormat.MARKDOWN);
    assertThat(RenderFormat.ofCode("html")).isEqualTo(RenderFormat.HTML);
    // one rule for every coded enum: exact codes only, a near miss is named
    assertThatThrownBy(() -> RenderFormat.ofCode("HTML"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("did you mean `html`?");
    assertThatThrownBy(() -> RenderFormat.ofCode("pdf"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be one of json, csv, md, html");
  }
}

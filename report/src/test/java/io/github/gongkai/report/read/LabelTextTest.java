package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTextTest {
  @Test
  void white_space_of_every_kind_is_removed() {
    // Word-exported cells: no-break spaces, ideographic spaces, line breaks inside a label
    assertThat(LabelText.normalise("三、本\n \u00a0 \u00a0年度办\u3000理结果")).isEqualTo("三本年度办理结果");
    assertThat(LabelText.normalise("社会\u00a0公益 组织\u200b")).isEqualTo("社会公益组织");
  }

  @Test
  void full_and_half_width_compare_equal() {
    assertThat(LabelText.normalise("本年收费金额(单位:万元)")).isEqualTo(LabelText.normalise("本年收费金额（单位：万元）"));
    assertThat(LabelText.normalise("（三）１")).isEqualTo("(三)1");
    assertThat(LabelText.normalise("危及“三安全一稳定”")).isEqualTo(LabelText.normalise("危及\"三安全一稳定\""));
  }

  @Test
  void numbering_with_comma_or_full_stop_compares_equal() {
    assertThat(LabelText.normalise("1、属于国家秘密")).isEqualTo(LabelText.normalise("1.属于国家秘密"));
    assertThat(LabelText.normalise("1．属于国家秘密")).isEqualTo(LabelText.normalise("1.属于国家秘密"));
    assertThat(LabelText.normalise("行政诉讼·未经复议直接起诉")).isEqualTo("行政诉讼未经复议直接起诉");
  }

  @Test
  void different_labels_stay_different() {
    assertThat(LabelText.normalise("本年废纸件数")).isNotEqualTo(LabelText.normalise("本年废止件数"));
    assertThat(LabelText.normalise("(三)1")).isNotEqualTo(LabelText.normalise("(四)1"));
  }

  @Test
  void tidy_keeps_the_printed_characters_and_collapses_space() {
    assertThat(LabelText.tidy("  （一）予以\u00a0\u00a0 公开\n")).isEqualTo("（一）予以 公开");
    assertThat(LabelText.tidy("\u3000")).isEmpty();
  }

  @Test
  void edit_distance() {
    assertThat(LabelText.editDistance("本年废纸件数", "本年废止件数")).isEqualTo(1);
    assertThat(LabelText.editDistance("2其他法律行政止公开", "2其他法律行政法规禁止公开")).isEqualTo(3);
    assertThat(LabelText.editDistance("", "abc")).isEqualTo(3);
    assertThat(LabelText.editDistance("abc", "abc")).isZero();
  }
}

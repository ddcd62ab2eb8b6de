package io.github.gongkai.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.report.Samples;
import io.github.gongkai.report.TestCodecs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyReportTest {
  static java.util.List<DocumentCodec> codecs() {
    return TestCodecs.all();
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void seed_pian1_as_a_2008_report(DocumentCodec mapper) {
    LegacyReport r = mapper.read(Samples.text("legacy-pian1.json"), LegacyReport.class);
    assertThat(r.getProactiveTotal()).isEqualTo(56L);
    assertThat(r.getProactiveShares().getTotal()).isEqualTo(56);
    assertThat(r.getProactiveShares().get("机构信息").getPercent()).isEqualTo(new BigDecimal("35.71"));
    // rounded on their own, 篇1's seven shares total 100.01; by largest remainder exactly 100.00
    assertThat(r.getProactiveShares().getPercentSum()).isEqualTo(new BigDecimal("100.01"));
    assertThat(r.proactiveShares(ShareMethod.LARGEST_REMAINDER).getPercentSum()).isEqualTo(new BigDecimal("100.00"));
    // 篇1 of the seed work summaries: 56 items by 7 kinds add up to the reported total
    assertThat(CategoryCheck.of(r.proactiveTable().orElseThrow()).isConsistent()).isTrue();
    LegacyReport off = LegacyReport.builder().from(r).proactiveTotal(57L).build();
    assertThat(CategoryCheck.of(off.proactiveTable().orElseThrow()).getFindings())
        .extracting(f -> f.getRule().getCode() + " " + f.getSum() + " " + f.getTotal())
        .containsExactly("categories-total 56 57");
    assertThat(LegacyReport.builder().from(r).proactiveByCategory(java.util.Map.of()).build().proactiveTable()).isEmpty();
    assertThat(r.getRequestsReceived()).isZero();
    assertThat(r.getFeesCollectedYuan()).isEqualByComparingTo("0");
    assertThat(r.getLitigations()).isZero();
    assertThat(r.getFullTextElectronicRate()).isEmpty();
    assertThat(r.getSections()).hasSize(6);
    assertThat(r.getSectionTexts()).containsKey("三");
    LegacyReport again = mapper.read(mapper.write(r), LegacyReport.class);
    assertThat(again).isEqualTo(r);
    assertThat(mapper.write(r)).startsWith("{\"schemaVersion\":1,\"format\":\"2008\",\"year\":2008");
    assertThat(mapper.read(mapper.write(r), Object.class))
        .isEqualTo(TestCodecs.JACKSON2.read(Samples.text("legacy-pian1.json"), Object.class));
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void unknown_fields_and_newer_versions_are_refused(DocumentCodec mapper) {
    String text = Samples.text("legacy-pian1.json");
    if (TestCodecs.strict().contains(mapper)) { // a plain Jackson 3 mapper ignores unknown properties
      assertThatThrownBy(() -> mapper.read(text.replace("\"reviews\"", "\"reveiws\""), LegacyReport.class))
          .hasStackTraceContaining("reveiws");
    }
    assertThatThrownBy(() -> mapper.read(text.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), LegacyReport.class))
        .hasStackTraceContaining("newer gongkai");
  }

  @Test
  void rate_and_invariants() {
    LegacyReport r = LegacyReport.builder().year(2017).agency("某市农业委员会").proactiveTotal(203L)
        .proactiveFullTextElectronic(203L).build();
    assertThat(r.getFullTextElectronicRate().orElseThrow().getPercent(2)).hasValue(new BigDecimal("100.00"));
    assertThatThrownBy(() -> LegacyReport.builder().year(2019).agency("A").build())
        .isInstanceOf(GongkaiException.class).hasMessageContaining("year");
    assertThatThrownBy(() -> LegacyReport.builder().year(2010).agency("A").reviews(-1L).build())
        .isInstanceOf(GongkaiException.class).hasMessageContaining("reviews");
    assertThatThrownBy(() -> LegacyReport.builder().year(2010).agency("A").putSectionTexts("七", "x").build())
        .isInstanceOf(GongkaiException.class).hasMessageContaining("sectionTexts");
  }
}

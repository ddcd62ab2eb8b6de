package io.github.gongkai.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.item.PublicationMedium;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each catalogue check fires on its fault, stays silent without it, and all faults are listed together. */
class CatalogueChecksTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 2);

  private static CatalogueEntry.Builder entry(String index, String classCode) {
    return CatalogueEntry.builder()
        .indexNumber(index)
        .classCode(classCode)
        .title("主要职责")
        .producingOffice("办公室")
        .formedOn(FORMED)
        .attribute(DisclosureAttribute.PROACTIVE)
        .addMedia(PublicationMedium.WEBSITE);
  }

  private static Catalogue catalogue(CatalogueEntry... entries) {
    return Catalogue.builder()
        .agency("江河市自然资源和规划局")
        .compiledOn(FORMED)
        .addClasses(CatalogueClass.builder().code("01").name("单位简介和职能").addStatutoryCategories("2019-art20-2")
            .addSubClasses(CatalogueClass.of("01-01", "职能")).build())
        .addClasses(CatalogueClass.of("07", "行政许可"))
        .addEntries(entries)
        .build();
  }

  private static List<CatalogueRule> rules(Catalogue c) {
    return CatalogueChecks.check(c).stream().map(CatalogueFinding::getRule).toList();
  }

  @Test
  void a_clean_catalogue_has_no_findings_and_entries_may_sit_in_sub_classes() {
    Catalogue c = catalogue(entry("A-1", "01").build(), entry("A-2", "01-01").build(),
        entry("A-3", "07").attribute(DisclosureAttribute.NOT_DISCLOSED)
            .withholdingGround(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS).build(),
        entry("A-4", "07").changedOn(FORMED).build());
    assertThat(CatalogueChecks.check(c)).isEmpty();
    assertThat(c.allClasses()).extracting(CatalogueClass::getCode).containsExactly("01", "01-01", "07");
    assertThat(c.entriesOf("07")).extracting(CatalogueEntry::getIndexNumber).containsExactly("A-3", "A-4");
  }

  @Test
  void a_repeated_index_number_names_the_first_entry() {
    List<CatalogueFinding> f = CatalogueChecks.check(catalogue(entry("A-1", "01").build(), entry("A-2", "01").build(),
        entry("A-1", "07").build()));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.getRule()).isEqualTo(CatalogueRule.DUPLICATE_INDEX_NUMBER);
      assertThat(x.getPlace()).isEqualTo("$.entries[2].indexNumber");
      assertThat(x.getValue()).isEqualTo("A-1");
      assertThat(x.getMessageZh()).contains("$.entries[0]").contains("索引号");
      assertThat(x.getMessageEn()).contains("$.entries[0]");
    });
  }

  @Test
  void a_repeated_class_code_is_found_among_sub_classes() {
    Catalogue c = Catalogue.builder().from(catalogue())
        .addClasses(CatalogueClass.builder().code("08").name("应急预案").addSubClasses(CatalogueClass.of("01-01", "x")).build())
        .build();
    assertThat(CatalogueChecks.check(c)).singleElement()
        .satisfies(x -> assertThat(x.getPlace()).isEqualTo("$.classes[2].subClasses[0].code"))
        .satisfies(x -> assertThat(x.getRule()).isEqualTo(CatalogueRule.DUPLICATE_CLASS_CODE));
  }

  @Test
  void an_entry_in_an_unknown_class() {
    assertThat(rules(catalogue(entry("A-1", "09").build()))).containsExactly(CatalogueRule.UNKNOWN_CLASS);
    assertThat(rules(catalogue(entry("A-1", "01-01").build()))).isEmpty();
  }

  @Test
  void a_not_disclosed_entry_needs_a_withholding_ground() {
    CatalogueEntry.Builder hidden = entry("A-1", "07").attribute(DisclosureAttribute.NOT_DISCLOSED);
    assertThat(rules(catalogue(hidden.build()))).containsExactly(CatalogueRule.MISSING_WITHHOLDING_GROUND);
    List<CatalogueFinding> f = CatalogueChecks.check(catalogue(hidden.withholdingGround(OutcomeGround.CANNOT_PROVIDE_NOT_HELD).build()));
    assertThat(f).extracting(CatalogueFinding::getRule).containsExactly(CatalogueRule.NOT_A_WITHHOLDING_GROUND);
    assertThat(f.get(0).getValue()).isEqualTo("cannot-provide-not-held");
    assertThat(f.get(0).getMessageZh()).contains("本机关不掌握");
    for (OutcomeGround g : OutcomeGround.values()) {
      boolean withholding = g.name().startsWith("WITHHELD_");
      assertThat(rules(catalogue(hidden.withholdingGround(g).build()))).as(g.getCode())
          .isEqualTo(withholding ? List.of() : List.of(CatalogueRule.NOT_A_WITHHOLDING_GROUND));
    }
  }

  @Test
  void a_disclosed_entry_names_no_ground() {
    assertThat(rules(catalogue(entry("A-1", "07").withholdingGround(OutcomeGround.WITHHELD_STATE_SECRET).build())))
        .containsExactly(CatalogueRule.GROUND_ON_DISCLOSED_ENTRY);
    assertThat(rules(catalogue(entry("A-1", "07").attribute(DisclosureAttribute.ON_REQUEST).build()))).isEmpty();
  }

  @Test
  void a_change_before_the_formation_is_a_finding_not_an_exception() {
    List<CatalogueFinding> f = CatalogueChecks.check(catalogue(entry("A-1", "07").changedOn(FORMED.minusDays(1)).build()));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.getRule()).isEqualTo(CatalogueRule.CHANGED_BEFORE_FORMED);
      assertThat(x.getPlace()).isEqualTo("$.entries[0].changedOn");
      assertThat(x.message(Locale.CHINA)).isEqualTo("位于 $.entries[0].changedOn 的条目变更日期 2024-09-01 早于生成日期 2024-09-02。");
      assertThat(x.message(Locale.ENGLISH)).isEqualTo("Entry at $.entries[0].changedOn changed on 2024-09-01, before it was formed on 2024-09-02.");
    });
  }

  @Test
  void a_class_mapped_to_an_unknown_statutory_category() {
    Catalogue c = Catalogue.builder().from(catalogue())
        .addClasses(CatalogueClass.builder().code("08").name("应急预案").addStatutoryCategories("2019-art20-12", "2019-art20-99").build())
        .build();
    assertThat(CatalogueChecks.check(c)).singleElement().satisfies(x -> {
      assertThat(x.getRule()).isEqualTo(CatalogueRule.UNKNOWN_STATUTORY_CATEGORY);
      assertThat(x.getPlace()).isEqualTo("$.classes[2].statutoryCategories[1]");
      assertThat(x.getValue()).isEqualTo("2019-art20-99");
    });
  }

  @Test
  void every_fault_is_listed_in_document_order() {
    Catalogue c = Catalogue.builder().from(catalogue(
            entry("A-1", "09").changedOn(FORMED.minusDays(3)).build(),
            entry("A-1", "07").attribute(DisclosureAttribute.NOT_DISCLOSED).build()))
        .addClasses(CatalogueClass.builder().code("07").name("重复").addStatutoryCategories("nope").build())
        .build();
    assertThat(rules(c)).containsExactly(
        CatalogueRule.DUPLICATE_CLASS_CODE, CatalogueRule.UNKNOWN_STATUTORY_CATEGORY,
        CatalogueRule.UNKNOWN_CLASS, CatalogueRule.CHANGED_BEFORE_FORMED,
        CatalogueRule.DUPLICATE_INDEX_NUMBER, CatalogueRule.MISSING_WITHHOLDING_GROUND);
  }

  @Test
  void the_time_limit_defaults_to_art26_and_legal_bases_are_parsed() {
    CatalogueEntry e = entry("A-1", "07").addLegalBasis("OGI-2019:20(5)").build();
    assertThat(e.getTimeLimitWorkingDays()).isEqualTo(20);
    assertThat(e.legalBases()).singleElement().satisfies(b -> {
      assertThat(b.getInstrument()).isEqualTo(LegalInstrument.REGULATION_2019);
      assertThat(b.toChinese()).isEqualTo("《中华人民共和国政府信息公开条例》第二十条第（五）项");
    });
    assertThatThrownBy(() -> entry("A-1", "07").addLegalBasis("OGI-2019:20(5)", "Art.20").build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(t -> assertThat(((InvalidValueException) t).getField()).isEqualTo("legalBasis[1]"));
    assertThatThrownBy(() -> entry(" ", "07").build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("indexNumber");
    assertThatThrownBy(() -> entry("A-1", "07").timeLimitWorkingDays(0).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void every_rule_has_a_finding_message_in_both_bundles_and_no_other_key_is_there() {
    io.github.gongkai.core.internal.Texts texts =
        io.github.gongkai.core.internal.Texts.load(CatalogueChecks.class, "/io/github/gongkai/core/i18n/catalogue");
    List<String> keys = java.util.Arrays.stream(CatalogueRule.values()).map(r -> "rule." + r.getCode()).sorted().toList();
    assertThat(texts.keys(true).stream().sorted().toList()).isEqualTo(keys);
    assertThat(texts.keys(false).stream().sorted().toList()).isEqualTo(keys);
  }

  @Test
  void every_rule_has_its_message_in_both_languages() {
    for (CatalogueRule r : CatalogueRule.values()) {
      assertThat(r.getLabelZh()).as(r.getCode()).containsPattern("\\p{IsHan}");
      assertThat(r.getLabelEn()).as(r.getCode()).doesNotContainPattern("\\p{IsHan}");
    }
  }
}

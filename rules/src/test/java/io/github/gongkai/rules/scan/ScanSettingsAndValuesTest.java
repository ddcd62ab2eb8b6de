package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scanner settings, keyword sets and the small value types of the scan package. */
class ScanSettingsAndValuesTest {

  @Test
  void theLongestKeywordWinsWhateverTheOrderOfTheList() {
    SensitiveCategory pay = SensitiveCategory.of("pay", "薪酬", "Pay", null, List.of("年薪", "年薪总额"));
    PersonalDataScanner s = PersonalDataScanner.builder().keywords(SensitiveKeywords.of(List.of(pay)))
        .types(EnumSet.of(FindingType.SENSITIVE_KEYWORD)).build();
    List<PersonalDataMatch> f = s.scan("其年薪总额为十万元。");
    assertThat(f).extracting(PersonalDataMatch::getText).containsExactly("年薪总额");
    assertThat(f.get(0).getCategory()).isEqualTo("pay");
    assertThat(f.get(0).toString()).contains(" pay ").startsWith("PersonalDataMatch{sensitive-keyword [1, 5)");
  }

  @Test
  void aOneCharKeywordIsFoundBeforeAnyChar() {
    SensitiveCategory drugs = SensitiveCategory.of("drugs", "毒品", "Drugs", null, List.of("毒"));
    PersonalDataScanner s = PersonalDataScanner.builder().keywords(SensitiveKeywords.of(List.of(drugs)))
        .types(EnumSet.of(FindingType.SENSITIVE_KEYWORD)).build();
    String text = "曾吸毒。毒品。以毒攻毒，毒";
    List<PersonalDataMatch> f = s.scan(text);
    List<Long> every = new java.util.ArrayList<>();
    for (int k = text.indexOf('毒'); k >= 0; k = text.indexOf('毒', k + 1)) {
      every.add((long) k);
    }
    assertThat(every).hasSize(5);
    assertThat(f).extracting(PersonalDataMatch::getStart).containsExactlyElementsOf(every);
  }

  @Test
  void findLooksUpByCode() {
    SensitiveCategory pay = SensitiveCategory.of("pay", "薪酬", "Pay", null, List.of("年薪"));
    SensitiveKeywords all = SensitiveKeywords.defaults().with(List.of(pay));
    assertThat(all.find("pay")).isSameAs(pay);
    assertThat(all.find("health").getCode()).isEqualTo("health");
    assertThat(all.find("nope")).isNull();
    assertThat(all.toString()).startsWith("SensitiveKeywords[").contains("pay");
    assertThat(pay.toString()).isEqualTo("SensitiveCategory{pay 薪酬 [年薪]}");
  }

  @Test
  void scannerKeepsItsSettings() {
    LocalDate ref = LocalDate.of(2026, 1, 1);
    PersonalDataScanner s = PersonalDataScanner.builder().referenceDate(ref)
        .types(EnumSet.of(FindingType.MOBILE, FindingType.EMAIL)).build();
    assertThat(s.getReferenceDate()).isEqualTo(ref);
    assertThat(s.getTypes()).containsExactlyInAnyOrder(FindingType.MOBILE, FindingType.EMAIL);
    assertThat(PersonalDataScanner.standard().getReferenceDate()).isNull();
    assertThat(PersonalDataScanner.standard().getTypes()).containsExactlyInAnyOrder(FindingType.values());
  }

  @Test
  void onlyCreditCodesAreNotPersonal() {
    for (FindingType t : FindingType.values()) {
      assertThat(t.isPersonal()).as(t.getCode()).isEqualTo(t != FindingType.SOCIAL_CREDIT_CODE);
    }
  }

  @Test
  void checkCodesAreKebabCase() {
    assertThat(Check.MOD_11_2.getCode()).isEqualTo("mod-11-2");
    assertThat(Check.IIN_PREFIX.getCode()).isEqualTo("iin-prefix");
    assertThat(Check.FORMAT.getCode()).isEqualTo("format");
  }

  @Test
  void statisticsReadable() {
    ScanStatistics st = ScanStatistics.of(10, 3, 1);
    assertThat(st.toString()).isEqualTo("ScanStatistics{chars=10, inspections=3, findings=1}");
  }
}

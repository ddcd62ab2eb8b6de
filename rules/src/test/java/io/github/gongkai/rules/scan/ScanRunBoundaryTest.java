package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of each pattern the scanner accepts: lengths one below and one above each limit,
 * groupings, label distances, types switched off, and input that crosses the scan window.
 */
class ScanRunBoundaryTest {
  static final LocalDate REF = LocalDate.of(2026, 1, 1);
  static final PersonalDataScanner SCANNER = PersonalDataScanner.builder().referenceDate(REF).build();
  /** Text without any candidate, to move a finding away from the start of the input. */
  static final String PREFIX = "根据政府信息公开条例的有关规定，经审查，现将本机关的答复意见告知如下，请予查收。";

  static List<String> found(String text) {
    return found(SCANNER, text);
  }

  static List<String> found(PersonalDataScanner s, String text) {
    return s.scan(text).stream().map(f -> f.getType().getCode() + ":" + f.getText()).collect(Collectors.toList());
  }

  static PersonalDataMatch only(String text) {
    List<PersonalDataMatch> f = SCANNER.scan(text);
    assertThat(f).as(text).hasSize(1);
    return f.get(0);
  }

  static PersonalDataScanner scannerFor(FindingType... types) {
    return PersonalDataScanner.builder().referenceDate(REF).types(EnumSet.of(types[0], types)).build();
  }

  static String id(String first17) {
    return first17 + ResidentIdNumbers.checkCharacter(first17);
  }

  static String card(String payload) {
    return payload + Luhn.checkDigit(payload);
  }

  // ---------------------------------------------------------------- types switched off

  @Test
  void charsThatStartASwitchedOffTypeAreSkippedAndTheScanGoesOn() {
    String text = "电话+86 138 1234 5678，(010)62345678，邮箱zhang@example.com，护照E12345678，"
        + "身份证号11010519491231002X。";
    PersonalDataScanner ids = scannerFor(FindingType.RESIDENT_ID);
    List<PersonalDataMatch> f = ids.scan(text);
    assertThat(f).extracting(PersonalDataMatch::getType).containsExactly(FindingType.RESIDENT_ID);
    assertThat(f.get(0).getStart()).isEqualTo(text.indexOf("1101"));
    assertThat(found(scannerFor(FindingType.MOBILE), text)).containsExactly("mobile:+86 138 1234 5678");
    assertThat(found(scannerFor(FindingType.LANDLINE), text)).containsExactly("landline:(010)62345678");
    assertThat(found(scannerFor(FindingType.EMAIL), text)).containsExactly("email:zhang@example.com");
    assertThat(found(scannerFor(FindingType.PASSPORT), text)).containsExactly("passport:E12345678");
  }

  @Test
  void plusAndParenthesesThatStartNothingAreSkipped() {
    String text = "a+86 123，+12，+86 12345，+86" + "1".repeat(45) + "，(0123)4567890，(010)6234567，"
        + "(0123，(010)62345678";
    assertThat(found(text)).containsExactly("landline:(010)62345678");
  }

  // ---------------------------------------------------------------- bank card issuer prefixes

  static String card16(String prefix) {
    return card(prefix + "0".repeat(15 - prefix.length() - 3) + "123");
  }

  @Test
  void bankCardIssuerPrefixesAtTheEdgesOfEachRange() {
    for (String p : new String[] {"2200", "2204", "2221", "2720", "81", "3", "4", "5", "6", "9"}) {
      String c = card16(p);
      assertThat(found("卡" + c + "。")).as(p).containsExactly("bank-card:" + c);
    }
    for (String p : new String[] {"2199", "2205", "2220", "2721", "80", "82", "1", "7", "8", "0"}) {
      String c = card16(p);
      assertThat(SCANNER.scan("卡" + c + "。")).as(p).noneMatch(f -> f.getType() == FindingType.BANK_CARD);
    }
  }

  @Test
  void bankCardConfidenceRisesAfterALabel() {
    String c = card16("62");
    assertThat(only("银行卡号：" + c).getConfidence()).isEqualTo(0.97);
    assertThat(only("随后" + c).getConfidence()).isEqualTo(0.9);
  }

  // ---------------------------------------------------------------- e-mail

  @Test
  void emailLocalPartsMadeOfOneBoundaryChar() {
    for (String local : new String[] {"0", "9", "a", "z", "A", "Z"}) {
      assertThat(found("邮箱" + local + "@qq.com，")).as(local).containsExactly("email:" + local + "@qq.com");
    }
  }

  @Test
  void emailFarFromTheStartOfTheText() {
    assertThat(found(PREFIX + PREFIX + "邮箱zhang@example.com，")).containsExactly("email:zhang@example.com");
  }

  @Test
  void emailLocalPartOfUpTo64Chars() {
    String l64 = "a".repeat(64);
    String l65 = "a".repeat(65);
    assertThat(found(PREFIX + "邮箱" + l64 + "@example.com，")).containsExactly("email:" + l64 + "@example.com");
    assertThat(found(PREFIX + "邮箱" + l65 + "@example.com，")).isEmpty();
  }

  @Test
  void emailDomainOfUpTo253Chars() {
    String d253 = "a".repeat(249) + ".com";
    String d254 = "a".repeat(250) + ".com";
    assertThat(d253).hasSize(253);
    assertThat(found("邮箱x@" + d253 + "，")).containsExactly("email:x@" + d253);
    assertThat(found("邮箱x@" + d254 + "，")).isEmpty();
  }

  @Test
  void emailTopLevelDomainIsTwoOrMoreLetters() {
    assertThat(found("邮箱x@y.azAZ，")).containsExactly("email:x@y.azAZ");
    assertThat(found("邮箱x@y.cn，")).containsExactly("email:x@y.cn");
    assertThat(found("邮箱x@example.c0m，")).isEmpty();
    assertThat(found("邮箱x@example.c，")).isEmpty();
  }

  @Test
  void emailEdgesOfTheLocalPartAndDomain() {
    assertThat(found("请发至x@example.com.谢谢")).containsExactly("email:x@example.com");
    assertThat(found("编号ab，x@example.com")).containsExactly("email:x@example.com");
    assertThat(found("联系 x@example.cn - 张三")).containsExactly("email:x@example.cn");
    assertThat(found("邮箱x.@example.com，")).isEmpty();
    assertThat(found("邮箱x@.example.com，")).isEmpty();
    assertThat(found("邮箱x@example..com，")).isEmpty();
    assertThat(found("邮箱x@example.cn-，")).isEmpty();
    assertThat(found("邮箱x@example.cn@y，")).isEmpty();
  }

  // ---------------------------------------------------------------- names

  @Test
  void nameAfterUpToThreeSpacesAroundTheColon() {
    assertThat(found("姓名   ：张三，")).containsExactly("name:张三");
    assertThat(found("姓名    ：张三，")).isEmpty();
    assertThat(found("姓名：   张三，")).containsExactly("name:张三");
    assertThat(found("姓名：    张三，")).isEmpty();
  }

  @Test
  void nameFarFromTheStartOfTheText() {
    assertThat(found(PREFIX + "姓名：张三，")).containsExactly("name:张三");
  }

  @Test
  void longUnbrokenRunGivesItsFirstThreeChars() {
    PersonalDataMatch f = only("姓名：王张李赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许");
    assertThat(f.getText()).isEqualTo("王张李");
    assertThat(f.getConfidence()).isEqualTo(0.4);
    assertThat(only("姓名：王小明。").getConfidence()).isEqualTo(0.8);
  }

  @Test
  void namesWithAMiddleDotUpTo15Chars() {
    String n15 = "阿依古丽买买提·阿布都热合曼江";
    assertThat(n15).hasSize(15);
    assertThat(found("联系人：" + n15 + "，")).containsExactly("name:" + n15);
    String n16 = "阿依古丽买买提·阿布都热合曼江江";
    assertThat(found("联系人：" + n16 + "，")).isEmpty();
    assertThat(found("联系人：·张三，")).isEmpty();
    assertThat(found("联系人：张三·，")).containsExactly("name:张三");
  }

  @Test
  void hanCharsAtTheEdgesOfTheIdeographBlocks() {
    for (String n : new String[] {"\u4E00\u9FFF", "\u3400\u4DBF", "\uF900\uFAFF"}) {
      assertThat(found("姓名：" + n + "，")).as(n).containsExactly("name:" + n);
    }
    for (String n : new String[] {"\u4DC0\u4DC0", "\u33FF\u33FF", "\uFB00\uFB00", "\uF8FF\uF8FF", "\uA000\uA000"}) {
      assertThat(found("姓名：" + n + "，")).as(n).isEmpty();
    }
  }

  // ---------------------------------------------------------------- labels

  @Test
  void aLabelAppliesUpTo24CharsAfterIt() {
    String gap24 = "，".repeat(24);
    String gap25 = "，".repeat(25);
    assertThat(only(PREFIX + "手机" + gap24 + "13812345678").getConfidence()).isEqualTo(0.97);
    assertThat(only(PREFIX + "手机" + gap25 + "13812345678").getConfidence()).isEqualTo(0.9);
  }

  @Test
  void landlineConfidenceByFormAndLabel() {
    assertThat(only("拨打010-62345678。").getConfidence()).isEqualTo(0.8);
    assertThat(only("电话：010-62345678。").getConfidence()).isEqualTo(0.95);
    assertThat(only("拨打(010)62345678。").getConfidence()).isEqualTo(0.85);
    assertThat(only("电话：(010)62345678。").getConfidence()).isEqualTo(0.95);
    PersonalDataMatch contiguous12 = only("拨打075587654321。");
    assertThat(contiguous12.getType()).isEqualTo(FindingType.LANDLINE);
    assertThat(contiguous12.getConfidence()).isEqualTo(0.4);
    assertThat(only("电话：075587654321。").getConfidence()).isCloseTo(0.55, within(1e-9));
  }

  /** A landline in parentheses with a separator or a grouped local number; a mobile grouped 3-8 or 7-4. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "电话(010) 62345678。|landline:(010) 62345678",
        "电话(010)-62345678。|landline:(010)-62345678",
        "电话(0571)8888-9999。|landline:(0571)8888-9999",
        "电话(0571)8888-99999。|",
        "电话138 12345678。|mobile:138 12345678",
        "电话1381234 5678。|mobile:1381234 5678",
        "电话0086 138 1234 5678。|mobile:0086 138 1234 5678",
        "电话+86 1381234 5678。|mobile:+86 1381234 5678",
        "电话+86 12812345678。|"
      })
  void groupedLandlineOrMobile(String text, @Nullable String expected) {
    if (expected == null) {
      assertThat(found(text)).isEmpty();
    } else {
      assertThat(found(text)).containsExactly(expected);
    }
  }

  // ---------------------------------------------------------------- grouped numbers

  @Test
  void residentIdGroupedAsOnTheCardIsCertain() {
    String id = "11010519491231002X";
    assertThat(only("号码 110105 19491231 002X。").getConfidence()).isEqualTo(0.99);
    assertThat(only("号码 110105 1949 1231 002X。").getConfidence()).isEqualTo(0.99);
    assertThat(only("号码 1101051949 1231002X。").getConfidence()).isEqualTo(0.95);
    assertThat(only("号码 110 105 194 912 310 02X。").getConfidence()).isEqualTo(0.95);
    assertThat(only("号码" + id + "。").getConfidence()).isEqualTo(0.99);
    assertThat(found("号码 11 0105194912 31002X。")).isEmpty();
  }

  @Test
  void residentIdInAnyGroupingIsTakenWholeNotAsTheMobileNumberInside() {
    // chars 3-13 of this ID read as the mobile number 138 1949 1231
    String id = id("11013819491231002");
    String grouped = id.substring(0, 3) + " " + id.substring(3, 6) + " " + id.substring(6, 10) + " "
        + id.substring(10, 14) + " " + id.substring(14);
    assertThat(found("号码 " + grouped + "。")).containsExactly("resident-id:" + grouped);
  }


  @Test
  void aShortGroupedNumberAfterALongerOneIsNotCompletedFromIt() {
    assertThat(found("编号 1234 5678 9012 3456，电话+86 138 1234。")).isEmpty();
    assertThat(found("编号 1234 5678 9012 3456，电话+86 138。")).isEmpty();
  }

  @Test
  void passportNeedsItsType() {
    assertThat(found(scannerFor(FindingType.MOBILE), "护照号码：E12345678。")).isEmpty();
    assertThat(found("护照：EA1234567。")).containsExactly("passport:EA1234567");
    assertThat(found("护照：PE1234567。")).containsExactly("passport:PE1234567");
    assertThat(found("护照：P12345678。")).containsExactly("passport:P12345678");
    assertThat(found("护照：D1234567。")).containsExactly("passport:D1234567");
  }

  // ---------------------------------------------------------------- inputs and statistics

  @Test
  void everyKindOfCharSequenceGivesTheSameFindings() {
    String text = PREFIX + "身份证号11010519491231002X，电话13812345678，邮箱zhang@example.com。";
    List<PersonalDataMatch> expected = SCANNER.scan(text);
    assertThat(expected).hasSize(3);
    assertThat(SCANNER.scan(new StringBuilder(text))).isEqualTo(expected);
    assertThat(SCANNER.scan(CharBuffer.wrap(text))).isEqualTo(expected);
  }

  @Test
  void statisticsCountCharsFindingsAndInspections() {
    String text = PREFIX + "身份证号11010519491231002X，电话13812345678。";
    List<PersonalDataMatch> out = new ArrayList<>();
    ScanStatistics st = SCANNER.scan(text, out::add);
    assertThat(st.getChars()).isEqualTo(text.length());
    assertThat(st.getFindings()).isEqualTo(out.size()).isEqualTo(2);
    // the 29 chars of the two numbers are inspected at least once each, and the work stays linear
    assertThat(st.getCandidateInspections()).isGreaterThanOrEqualTo(29).isLessThanOrEqualTo(16L * text.length());
    assertThat(st.toString()).contains("chars=" + text.length()).contains("findings=2");
  }

  static final String UNIT = "号码11010519491231002X，";

  static void assertEveryUnitFound(List<PersonalDataMatch> f, int units) {
    assertThat(f).hasSize(units);
    for (int k = 0; k < units; k++) {
      assertThat(f.get(k).getStart()).isEqualTo((long) k * UNIT.length() + 2);
      assertThat(f.get(k).getText()).isEqualTo("11010519491231002X");
    }
  }

  @Test
  void findingsAcrossTheWindowOfALongText() {
    int units = 3 * ScanRun.BUF / UNIT.length() + 7;
    String text = UNIT.repeat(units);
    assertEveryUnitFound(SCANNER.scan(text), units);
  }

  @Test
  void findingsAcrossTheWindowOfAReader() throws IOException {
    int units = 3 * ScanRun.BUF / UNIT.length() + 7;
    String text = UNIT.repeat(units);
    List<PersonalDataMatch> f = new ArrayList<>();
    try (Reader r = new StringReader(text)) {
      ScanStatistics st = SCANNER.scan(r, f::add);
      assertThat(st.getChars()).isEqualTo(text.length());
    }
    assertEveryUnitFound(f, units);
  }
}

package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataScannerTest {
  static final LocalDate REF = LocalDate.of(2026, 1, 1);
  static final PersonalDataScanner SCANNER = PersonalDataScanner.builder().referenceDate(REF).build();

  static List<PersonalDataMatch> scan(String text) {
    return SCANNER.scan(text);
  }

  static PersonalDataMatch only(String text) {
    return only(text, false);
  }

  static PersonalDataMatch only(String text, boolean ignoreKeywords) {
    List<PersonalDataMatch> f = new ArrayList<>(scan(text));
    if (ignoreKeywords) {
      f.removeIf(x -> x.getType() == FindingType.SENSITIVE_KEYWORD);
    }
    assertThat(f).as(text).hasSize(1);
    return f.get(0);
  }

  static List<String> found(String text) {
    return scan(text).stream().map(f -> f.getType().getCode() + ":" + f.getText()).collect(Collectors.toList());
  }

  @Test
  void residentIdWithOffsetsAndChecks() {
    String text = "身份证号：11010519491231002X，住北京。";
    PersonalDataMatch f = only(text);
    assertThat(f.getType()).isEqualTo(FindingType.RESIDENT_ID);
    assertThat(f.getStart()).isEqualTo(5);
    assertThat(f.getEnd()).isEqualTo(23);
    assertThat(f.getText()).isEqualTo("11010519491231002X");
    assertThat(f.getConfidence()).isEqualTo(0.99);
    assertThat(f.getChecks())
        .containsExactlyInAnyOrder(Check.FORMAT, Check.REGION_CODE, Check.BIRTH_DATE, Check.MOD_11_2, Check.LABEL);
    assertThat(f.toString()).doesNotContain("11010519491231002X").contains("110***********002X");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # resident identity numbers: lower-case x, grouped, hyphenated, full-width; the 15-digit legacy form
      号码11010519491231002x。 | resident-id:11010519491231002x
      号码 110105 19491231 002X 。 | resident-id:110105 19491231 002X
      号码 110105-1949-1231-002X 。 | resident-id:110105-1949-1231-002X
      号码１１０１０５１９４９１２３１００２Ｘ。 | resident-id:１１０１０５１９４９１２３１００２Ｘ
      旧号110105491231002。 | resident-id-legacy:110105491231002
      # unified social credit codes
      统一社会信用代码：91350100M000100Y43。 | social-credit-code:91350100M000100Y43
      # mobile numbers: grouped, hyphenated, with the country code, full-width, after a year
      电话13812345678。 | mobile:13812345678
      电话 138 1234 5678， | mobile:138 1234 5678
      电话138-1234-5678， | mobile:138-1234-5678
      电话+86 138 1234 5678， | mobile:+86 138 1234 5678
      电话+8613812345678， | mobile:+8613812345678
      电话0086-13812345678， | mobile:0086-13812345678
      电话008613812345678， | mobile:008613812345678
      电话＋８６　１３８－１２３４－５６７８， | mobile:＋８６　１３８－１２３４－５６７８
      2019 138 1234 5678 | mobile:138 1234 5678
      # landlines: with the area code, in brackets, grouped
      电话010-62345678。 | landline:010-62345678
      电话0755 8765432。 | landline:0755 8765432
      电话(010)62345678。 | landline:(010)62345678
      电话（0571）8888 9999。 | landline:（0571）8888 9999
      电话02162345678。 | landline:02162345678
      # e-mail addresses, full-width too
      邮箱：zhang.san_01@example.com.cn。 | email:zhang.san_01@example.com.cn
      邮箱13812345678@qq.com， | email:13812345678@qq.com
      发送至１２３＠ｑｑ．ｃｏｍ | email:１２３＠ｑｑ．ｃｏｍ
      # names only after a label
      姓名：张三，性别：男 | name:张三
      申请人: 欧阳建国。 | name:欧阳建国
      姓名：张三性别男 | name:张三
      联系人：阿依古丽·买买提， | name:阿依古丽·买买提
      # passports
      编号G12345678 | passport:G12345678
      """)
  void one_finding_of_its_type_with_its_text(String text, String typeAndText) {
    assertThat(found(text)).containsExactly(typeAndText);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # resident identity numbers with a wrong check character, inside a longer run, or split
      号码110105194912310025。
      号码11010519491231002Y。
      号码911010519491231002X。
      号码11010519491231002X1。
      号码A11010519491231002X。
      号码1101051949123100 2X。
      x11010519491231002X@example
      v1.11010519491231002X
      # born in the future:
      号码11010520300101002X。
      # credit codes with a wrong check character or in lower case
      代码91350100M000100Y44。
      代码91350100m000100Y43。
      # not a mobile prefix, too long, grouped too long
      电话12812345678。
      编号138123456789。
      编号138-1234-5678-9。
      # no such area code, a local number starting with 0, too short
      电话011-12345678。
      电话010-02345678。
      电话010-1234567。
      # no domain, a one-letter top-level domain, no local part
      a@b
      a@b.c
      @@@ @example.com
      # nothing after the label, a label word in a sentence, names with no label
      姓名：姓名：
      申请人应当提交材料。
      张三、李四
      # passport-like numbers with wrong letters or lengths
      编号EI1234567、X12345678、E1234567
      """)
  void nothing_is_found(String text) {
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void a_labelled_mobile_number_is_surer() {
    assertThat(only("手机：13812345678").getConfidence()).isEqualTo(0.97);
    assertThat(only("随后13812345678").getConfidence()).isEqualTo(0.9);
  }

  @Test
  void a_labelled_name_ends_at_the_next_label() {
    assertThat(found("姓名：李四电话：13812345678")).containsExactly("name:李四", "mobile:13812345678");
  }

  @Test
  void passports() {
    PersonalDataMatch f = only("护照号码：E12345678。");
    assertThat(f.getType()).isEqualTo(FindingType.PASSPORT);
    assertThat(f.getConfidence()).isEqualTo(0.9);
    assertThat(only("随后EA1234567。").getConfidence()).isEqualTo(0.4);
  }

  /** A string valid both as a resident ID and as a credit code. */
  static String ambiguous() {
    for (int seq = 0; seq < 10_000; seq++) {
      String f = String.format("110105198001%02d%03d", 1 + seq / 1000 % 28, seq % 1000);
      String id = f + ResidentIdNumbers.checkCharacter(f);
      if (UnifiedSocialCreditCodes.isValid(id)) {
        return id;
      }
    }
    throw new AssertionError("no ambiguous string found");
  }

  @Test
  void idAndCreditCodeAmbiguityIsResolvedByLabelThenToId() {
    String both = ambiguous();
    assertThat(ResidentIdNumbers.isValid(both)).isTrue();
    assertThat(UnifiedSocialCreditCodes.isValid(both)).isTrue();
    PersonalDataMatch plain = only("号码" + both + "。");
    assertThat(plain.getType()).isEqualTo(FindingType.RESIDENT_ID);
    assertThat(plain.getConfidence()).isEqualTo(0.9);
    PersonalDataMatch cc = only("统一社会信用代码：" + both + "。");
    assertThat(cc.getType()).isEqualTo(FindingType.SOCIAL_CREDIT_CODE);
    assertThat(only("身份证号：" + both).getType()).isEqualTo(FindingType.RESIDENT_ID);
  }

  @Test
  void mistypedIdIsNotReportedAsCreditCode() {
    // an ID with a wrong check character that happens to pass the credit-code check
    for (int seq = 0; seq < 20_000; seq++) {
      String f = String.format("110105198001%02d%03d", 1 + seq / 1000 % 28, seq % 1000);
      for (char c : "0123456789X".toCharArray()) {
        String s = f + c;
        if (c != ResidentIdNumbers.checkCharacter(f) && UnifiedSocialCreditCodes.isValid(s)) {
          assertThat(scan("号码" + s + "。")).isEmpty();
          assertThat(only("统一社会信用代码：" + s).getType()).isEqualTo(FindingType.SOCIAL_CREDIT_CODE);
          return;
        }
      }
    }
    throw new AssertionError("no example found");
  }

  @Test
  void bankCards() {
    String card = "6222020200112233" ;
    String valid = card.substring(0, 15) + Luhn.checkDigit(card.substring(0, 15));
    assertThat(found("卡号" + valid + "。")).containsExactly("bank-card:" + valid);
    String grouped = valid.substring(0, 4) + " " + valid.substring(4, 8) + " " + valid.substring(8, 12) + " " + valid.substring(12);
    assertThat(found("卡号 " + grouped + "。")).containsExactly("bank-card:" + grouped);
    String p18 = "622202020011223344";
    String c19 = p18 + Luhn.checkDigit(p18);
    assertThat(found("卡" + c19 + "。")).containsExactly("bank-card:" + c19);
    String wrong = valid.substring(0, 15) + (char) ('0' + (valid.charAt(15) - '0' + 1) % 10);
    assertThat(scan("卡号" + wrong + "。")).isEmpty();
    assertThat(scan("编号1234567812345670。")).as("no plausible IIN").isEmpty();
    // a grouped card with a wrong check digit whose tail looks like a landline: nothing
    String tail = "6222 0755 2345 6780";
    assertThat(Luhn.isValid(tail.replace(" ", ""))).isFalse();
    assertThat(scan("卡号 " + tail + "。")).isEmpty();
    assertThat(found("电话 0755 2345 6789。")).containsExactly("landline:0755 2345 6789");
    String p17 = "62220202001122334";
    String c18 = p17.substring(0, 17) + Luhn.checkDigit(p17.substring(0, 17));
    assertThat(scan("编号" + c18 + "。")).as("18 digits need a label").isEmpty();
    assertThat(found("银行卡号：" + c18 + "。")).containsExactly("bank-card:" + c18);
  }

  @Test
  void sensitiveKeywords() {
    List<PersonalDataMatch> f = scan("该员工有犯罪记录，宗教信仰为基督教，病历已归档，出身情况不详，政治倾向未载。");
    assertThat(f).extracting(PersonalDataMatch::getCategory)
        .containsExactly("criminal-record", "religion", "religion", "health", "family-background", "political-views");
    assertThat(f).allMatch(x -> x.getType() == FindingType.SENSITIVE_KEYWORD && x.getChecks().contains(Check.KEYWORD));
    assertThat(f.get(0).getText()).isEqualTo("犯罪记录");
  }

  @Test
  void everyStandardKeywordIsFound() {
    for (SensitiveCategory c : SensitiveKeywords.defaults().getCategories()) {
      for (String k : c.getKeywords()) {
        List<PersonalDataMatch> f = scan("内容：" + k + "。");
        assertThat(f).as(k).hasSize(1);
        assertThat(f.get(0).getText()).isEqualTo(k);
        // a longer keyword of another category may contain it; then that one wins
        assertThat(f.get(0).getCategory()).as(k).isEqualTo(c.getCode());
      }
    }
  }

  @Test
  void everyLabelIsRecognised() {
    String legacy = "110105491231002";
    String both = ambiguous();
    String p17 = "62220202001122334";
    String card18 = p17 + Luhn.checkDigit(p17);
    for (LabelKind kind : LabelKind.values()) {
      for (String w : kind.words()) {
        switch (kind) {
          case RESIDENT_ID:
            assertThat(only(w + "：" + legacy).getConfidence()).as(w).isEqualTo(0.95);
            break;
          case CREDIT_CODE:
            assertThat(only(w + "：" + both).getType()).as(w).isEqualTo(FindingType.SOCIAL_CREDIT_CODE);
            break;
          case BANK_CARD:
            assertThat(only(w + "：" + card18, true).getType()).as(w).isEqualTo(FindingType.BANK_CARD);
            break;
          case PASSPORT:
            assertThat(only(w + "：E12345678").getConfidence()).as(w).isEqualTo(0.9);
            break;
          case PHONE:
            assertThat(only(w + "：13812345678").getConfidence()).as(w).isEqualTo(0.97);
            break;
          default:
            assertThat(found(w + "：王小明。")).as(w).containsExactly("name:王小明");
        }
      }
    }
  }

  @Test
  void customKeywordsAndTypes() throws IOException {
    SensitiveKeywords kw =
        SensitiveKeywords.parse(new StringReader("# mine\nsalary\t薪酬\tSalary\t-\t年薪、月薪\n"));
    PersonalDataScanner s =
        PersonalDataScanner.builder().referenceDate(REF).keywords(kw)
            .types(EnumSet.of(FindingType.SENSITIVE_KEYWORD, FindingType.MOBILE)).build();
    List<PersonalDataMatch> f = s.scan("年薪十万，犯罪记录，电话13812345678，身份证11010519491231002X");
    assertThat(f).extracting(x -> x.getType().getCode() + ":" + x.getText())
        .containsExactly("sensitive-keyword:年薪", "mobile:13812345678");
    assertThat(SensitiveKeywords.defaults().with(kw.getCategories()).find("salary")).isNotNull();
    assertThatThrownBy(() -> SensitiveKeywords.parse(new StringReader("a\tb\n")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> SensitiveCategory.of("x", "x", "x", null, List.of("HIV")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SensitiveKeywords.defaults().with(SensitiveKeywords.defaults().getCategories()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> SCANNER.scan((CharSequence) null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FindingType.ofCode("nope")).isInstanceOf(InvalidValueException.class);
    assertThat(FindingType.ofCode("resident-id")).isEqualTo(FindingType.RESIDENT_ID);
    assertThatThrownBy(() -> PersonalDataMatch.of(FindingType.MOBILE, 5, 5, 0.9, EnumSet.noneOf(Check.class), null, ""))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("end:");
    assertThatThrownBy(() -> PersonalDataMatch.of(FindingType.MOBILE, 0, 2, 1.5, EnumSet.noneOf(Check.class), null, "12"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("confidence:");
    assertThatThrownBy(() -> PersonalDataMatch.of(FindingType.MOBILE, 0, 2, 0.5, EnumSet.noneOf(Check.class), "health", "12"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("category:");
    assertThatThrownBy(() -> PersonalDataMatch.of(FindingType.MOBILE, 0, 3, 0.5, EnumSet.noneOf(Check.class), null, "12"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("text:");
    PersonalDataMatch f = PersonalDataMatch.of(FindingType.MOBILE, 0, 11, 0.9, EnumSet.of(Check.FORMAT), null, "13812345678");
    assertThat(f).isEqualTo(PersonalDataMatch.of(FindingType.MOBILE, 0, 11, 0.9, EnumSet.of(Check.FORMAT), null, "13812345678"))
        .hasSameHashCodeAs(PersonalDataMatch.of(FindingType.MOBILE, 0, 11, 0.9, EnumSet.of(Check.FORMAT), null, "13812345678"));
    assertThat(f.getMaskedText()).isEqualTo("138****5678");
    assertThatThrownBy(() -> f.getChecks().add(Check.LUHN)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findingsAreInTextOrderAndMatchTheirText() {
    Corpus c = new Corpus(7);
    Corpus.Doc d = c.doc(300);
    List<PersonalDataMatch> f = new ArrayList<>();
    SCANNER.scan(d.text, f::add);
    for (int k = 0; k < f.size(); k++) {
      PersonalDataMatch x = f.get(k);
      assertThat(d.text.substring((int) x.getStart(), (int) x.getEnd())).isEqualTo(x.getText());
      if (k > 0) {
        assertThat(x.getStart()).isGreaterThanOrEqualTo(f.get(k - 1).getEnd());
      }
    }
  }
}

package io.github.gongkai.rules.redact;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedactorTest {
  static final PersonalDataScanner SCANNER =
      PersonalDataScanner.builder().referenceDate(LocalDate.of(2026, 1, 1)).build();
  static final Redactor REDACTOR = Redactor.of(RedactionPolicy.defaults(), SCANNER);
  static final String TEXT = "申请人：张三，身份证号11010519491231002X，电话13812345678，邮箱zs@example.com，有犯罪记录。";

  static List<String> notations(List<LegalBasis> bases) {
    return bases.stream().map(LegalBasis::toNotation).collect(Collectors.toList());
  }

  @Test
  void standardPolicyRedactsPersonalData() {
    RedactionResult r = REDACTOR.redact(TEXT);
    assertThat(r.getText())
        .isEqualTo("申请人：张*，身份证号110***********002X，电话138****5678，邮箱**************，有犯罪记录。");
    assertThat(r.isRedacted()).isTrue();
    assertThat(r.getEntries()).extracting(RedactionLogEntry::getType)
        .containsExactly(FindingType.NAME, FindingType.RESIDENT_ID, FindingType.MOBILE, FindingType.EMAIL);
    RedactionLogEntry id = r.getEntries().get(1);
    assertThat(id.getStart()).isEqualTo(11);
    assertThat(id.getEnd()).isEqualTo(29);
    assertThat(r.getText().substring(id.getRedactedStart(), id.getRedactedEnd())).isEqualTo("110***********002X");
    assertThat(id.getGround()).isEqualTo(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
    assertThat(id.getMask()).isEqualTo(Mask.keep(3, 4));
    assertThat(notations(id.getLegalBases())).containsExactly("OGI-2019:15", "OGI-2019:32", "OGI-2019:37");
    assertThat(id.toChinese())
        .isEqualTo("第12至29字符（居民身份证号码）已作区分处理，理由：保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条。");
    assertThat(id.toEnglish()).startsWith("Chars 12–29 (resident identity number) withheld in part; ground: Protection of a third party")
        .contains("Art. 37");
    assertThat(id.toString()).doesNotContain("11010519491231002X");
  }

  @Test
  void summaryForTheAnswerLetter() {
    RedactionResult r = REDACTOR.redact(TEXT);
    assertThat(r.getSummary(Locale.CHINESE))
        .isEqualTo("因保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条，"
            + "对以下内容作区分处理后公开：姓名1处、居民身份证号码1处、手机号码1处、电子邮箱1处。");
    assertThat(r.getSummary(Locale.ENGLISH))
        .startsWith("Withheld in part on the ground of protection of a third party")
        .contains("personal name ×1, resident identity number ×1, mobile number ×1, e-mail address ×1.");
    assertThat(REDACTOR.redact("无个人信息。").getSummary(Locale.CHINESE)).isEmpty();
  }

  @Test
  void regime2008CitesItsArticles() {
    Redactor r = Redactor.of(RedactionPolicy.builder().regime(Regime.R2008).build(), SCANNER);
    RedactionLogEntry e = r.redact("电话13812345678").getEntries().get(0);
    assertThat(notations(e.getLegalBases())).containsExactly("OGI-2008:14", "OGI-2008:23", "OGI-2008:22");
    assertThat(e.getRegime()).isEqualTo(Regime.R2008);
  }

  @Test
  void overlappingSpansMergeAndAreMaskedInFull() {
    String text = "电话13812345678，地址某某路1号。";
    List<PersonalDataMatch> f = SCANNER.scan(text);
    RedactionSpan caller = RedactionSpan.of(8, 15, OutcomeGround.WITHHELD_STATE_SECRET, null, null, "涉密段落");
    RedactionResult r = REDACTOR.redact(text, f, List.of(caller));
    assertThat(r.getEntries()).hasSize(1);
    RedactionLogEntry e = r.getEntries().get(0);
    assertThat(e.getStart()).isEqualTo(2);
    assertThat(e.getEnd()).isEqualTo(15);
    assertThat(e.getMask()).isEqualTo(Mask.full());
    assertThat(e.getGround()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
    assertThat(e.getGrounds()).containsExactly(OutcomeGround.WITHHELD_STATE_SECRET, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
    assertThat(e.getTypes()).containsExactly(FindingType.MOBILE);
    assertThat(e.getNotes()).containsExactly("涉密段落");
    assertThat(notations(e.getLegalBases())).containsExactly("OGI-2019:14", "OGI-2019:37", "OGI-2019:15", "OGI-2019:32");
    assertThat(r.getText()).isEqualTo("电话*************址某某路1号。");
  }

  @Test
  void adjacentSpansStaySeparateAndMasksAreConfigurable() {
    String text = "abcdef";
    RedactionSpan a = RedactionSpan.of(0, 3, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, null, Mask.fixed("[删]"), "");
    RedactionSpan b = RedactionSpan.of(3, 6, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, null, null, "");
    RedactionResult r = REDACTOR.redact(text, List.of(), List.of(b, a));
    assertThat(r.getText()).isEqualTo("[删]***");
    assertThat(r.getEntries()).hasSize(2);
    assertThat(r.getEntries().get(1).getRedactedStart()).isEqualTo(3);
    assertThat(r.getEntries().get(0).getType()).isNull();

    Redactor all = Redactor.of(
        RedactionPolicy.builder().maskAll(Mask.fixed("[已删除]")).types(EnumSet.of(FindingType.MOBILE)).build(), SCANNER);
    assertThat(all.redact(TEXT).getText())
        .isEqualTo("申请人：张三，身份证号11010519491231002X，电话[已删除]，邮箱zs@example.com，有犯罪记录。");
    Redactor strict = Redactor.of(RedactionPolicy.builder().minConfidence(0.95).build(), SCANNER);
    assertThat(strict.redact("随后E12345678和11010519491231002X").getEntries()).extracting(RedactionLogEntry::getType)
        .containsExactly(FindingType.RESIDENT_ID);
  }

  @Test
  void masks() {
    assertThat(Mask.parse("keep-3-4").apply("11010519491231002X")).isEqualTo("110***********002X");
    assertThat(Mask.parse("full").apply("张三")).isEqualTo("**");
    assertThat(Mask.parse("fixed:某某").apply("张三")).isEqualTo("某某");
    assertThat(Mask.keep(3, 4).apply("1234567")).isEqualTo("*******");
    assertThat(Mask.parse("keep-1-0").getCode()).isEqualTo("keep-1-0");
    assertThatThrownBy(() -> Mask.parse("half")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Mask.keep(9, 0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rejectsBadSpans() {
    assertThatThrownBy(() -> RedactionSpan.of(3, 3, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, null, null, ""))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RedactionSpan.of(0, 3, OutcomeGround.RELEASED, null, null, ""))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("withholding ground");
    RedactionSpan tooFar = RedactionSpan.of(0, 30, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, null, null, "");
    assertThatThrownBy(() -> REDACTOR.redact("short", List.of(), List.of(tooFar)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("length 5");
  }

  @Test
  void fullMasksPreserveLengthAndHideEveryRedactedChar() {
    qt(100).forAll(integers().between(0, 10_000)).checkAssert(RedactorTest::fullMasksPreserveLengthAndHideEveryRedactedChar);
  }

  private static void fullMasksPreserveLengthAndHideEveryRedactedChar(int seed) {
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    String text = sb.toString();
    List<RedactionSpan> spans = new java.util.ArrayList<>();
    boolean[] covered = new boolean[text.length()];
    for (int k = 0; k < 5; k++) {
      int s = rnd.nextInt(59);
      int e = s + 1 + rnd.nextInt(Math.min(10, 60 - s));
      spans.add(RedactionSpan.of(s, e, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, null, null, ""));
      for (int j = s; j < e; j++) {
        covered[j] = true;
      }
    }
    RedactionResult r = REDACTOR.redact(text, List.of(), spans);
    assertThat(r.getText()).hasSize(text.length());
    for (int j = 0; j < text.length(); j++) {
      assertThat(r.getText().charAt(j)).isEqualTo(covered[j] ? '*' : text.charAt(j));
    }
    for (int k = 1; k < r.getEntries().size(); k++) {
      assertThat(r.getEntries().get(k).getStart()).isGreaterThanOrEqualTo(r.getEntries().get(k - 1).getEnd());
    }
  }
}

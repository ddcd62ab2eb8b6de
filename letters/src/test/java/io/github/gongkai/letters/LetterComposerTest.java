package io.github.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.rules.redact.RedactionResult;
import io.github.gongkai.rules.redact.Redactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LetterComposerTest {

  private static final LetterComposer COMPOSER =
      LetterComposer.of(ChinaCalendars.official(), Fixtures.letterhead());
  private static final Map<OutcomeGround, InformationRequest> BY_ROW =
      Fixtures.answeredByRow().stream()
          .collect(Collectors.toMap(LetterComposerTest::outcomeOf, Function.identity()));

  private static OutcomeGround outcomeOf(InformationRequest r) {
    RequestEvent last = r.getEvents().get(r.getEvents().size() - 1);
    return last instanceof Answered
        ? ((Answered) last).getOutcome()
        : ((io.github.gongkai.core.request.DeemedAbandoned) last).getGround();
  }

  private static Letter answer(InformationRequest request, Locale locale) {
    return COMPOSER.compose(LetterKind.ANSWER, LetterInput.of(request), locale);
  }

  @ParameterizedTest
  @EnumSource(OutcomeGround.class)
  void everyRowHasAnAnswerThatStatesItsGroundWithItsProvisions(OutcomeGround row) {
    InformationRequest request = BY_ROW.get(row);
    assertThat(request).as("fixture for %s", row).isNotNull();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Letter letter = answer(request, locale);
      assertThat(letter.getKind()).isEqualTo(LetterKind.ANSWER);
      assertThat(letter.getAddressee()).isEqualTo(request.getApplicant().getName());
      LetterParagraph answer = letter.paragraphs(ParagraphRole.ANSWER).get(0);
      assertThat(answer.getKey()).startsWith("answer.ground." + row.getCode());
      // every provision a withholding ground rests on appears, written out, in its sentence
      if (row.getCategory() == OutcomeCategory.WITHHELD) {
        for (LegalBasis basis : row.getLegalBases(letter.getRegime())) {
          assertThat(answer.getCitations()).contains(basis);
          assertThat(answer.getText()).contains(locale == Locale.ENGLISH ? basis.toEnglish() : basis.toChinese());
        }
      }
      assertThat(letter.getRemedy()).isNotNull();
      assertThat(letter.paragraphs(ParagraphRole.REMEDY)).hasSize(1);
    }
  }

  @Test
  void aRefusalCitesTheRefusalReplyTypeAndItsExemption() {
    Letter letter = answer(BY_ROW.get(OutcomeGround.WITHHELD_STATE_SECRET), Locale.SIMPLIFIED_CHINESE);
    assertThat(letter.paragraphs(ParagraphRole.ANSWER).get(0).getText())
        .contains("属于国家秘密")
        .contains("《中华人民共和国政府信息公开条例》第十四条")
        .contains("《中华人民共和国政府信息公开条例》第三十六条第（三）项");
  }

  /** A request received 2023-12-20 and answered on {@code answeredOn} with {@code outcome}. */
  private static InformationRequest answeredOn(OutcomeGround outcome, LocalDate answeredOn) {
    return answered(outcome, LocalDate.of(2023, 12, 20), answeredOn);
  }

  private static InformationRequest answered(OutcomeGround outcome, LocalDate received, LocalDate answeredOn) {
    return InformationRequest.builder()
        .id("T-1")
        .agency(Fixtures.AGENCY)
        .applicant(Applicant.of(ApplicantType.NATURAL_PERSON, "王芳", Contacts.ofPhone("13800000000")))
        .channel(Channel.IN_PERSON)
        .submittedOn(received)
        .description("某地块出让合同")
        .requestedForm(InformationForm.PAPER)
        .delivery(DeliveryMethod.POST)
        .addEvents(Received.of(received), Answered.of(answeredOn, outcome))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "withheld-state-secret,         2023-12-29, remedy.both",
    "withheld-state-secret,         2024-01-02, remedy.review-first",
    "withheld-third-party-rights,   2024-01-02, remedy.review-first",
    "cannot-provide-not-held,       2024-01-02, remedy.both",
    "cannot-provide-not-held,       2023-12-29, remedy.both",
    "not-processed-repeated,        2024-01-02, remedy.both",
    "withheld-administrative-query, 2024-01-02, remedy.both",
  })
  void theAnswerDateAndTheOutcomeDecideTheRemedyNotice(
      String outcome, LocalDate answeredOn, String key) {
    Letter letter = answer(answeredOn(OutcomeGround.ofCode(outcome), answeredOn), Locale.SIMPLIFIED_CHINESE);
    LetterParagraph remedy = letter.paragraphs(ParagraphRole.REMEDY).get(0);
    assertThat(remedy.getKey()).isEqualTo(key);
    if (key.equals("remedy.review-first")) {
      assertThat(remedy.getText()).contains("先向江河市人民政府申请行政复议").doesNotContain("6个月")
          .contains("《中华人民共和国行政复议法》第二十三条第一款第（四）项");
    } else {
      assertThat(remedy.getText()).contains("60日内向江河市人民政府申请行政复议")
          .contains("6个月内向江河市东城区人民法院提起行政诉讼").doesNotContain("先向");
      assertThat(remedy.getText()).contains(answeredOn.getYear() < 2024
          ? "《中华人民共和国行政复议法》第九条第一款" : "《中华人民共和国行政复议法》第二十条第一款");
    }
  }

  @Test
  void withoutReviewBodyOrCourtTheNoticeSaysTheCompetentOnes() {
    LetterComposer plain = LetterComposer.of(ChinaCalendars.official(), Letterhead.of(Fixtures.AGENCY));
    Letter letter = plain.compose(LetterKind.ANSWER,
        LetterInput.of(answeredOn(OutcomeGround.CANNOT_PROVIDE_NOT_HELD, LocalDate.of(2024, 1, 2))),
        Locale.SIMPLIFIED_CHINESE);
    assertThat(letter.paragraphs(ParagraphRole.REMEDY).get(0).getText())
        .contains("向有管辖权的行政复议机关申请行政复议").contains("向有管辖权的人民法院提起行政诉讼");
    assertThat(letter.paragraphs(ParagraphRole.CONTACT)).isEmpty();
    assertThat(letter.getDocumentNumber()).isNull();
  }

  @Test
  void thePartialAnswerListsEveryItemWithItsGround() {
    Letter letter = answer(BY_ROW.get(OutcomeGround.PARTIALLY_RELEASED), Locale.SIMPLIFIED_CHINESE);
    List<LetterParagraph> items = letter.paragraphs(ParagraphRole.ITEM);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).getText()).isEqualTo("1. 第1项信息：予以公开。");
    assertThat(items.get(1).getText()).startsWith("2. 被征收人身份证号码、联系电话及银行账户：保护第三方合法权益")
        .contains("《中华人民共和国政府信息公开条例》第十五条").endsWith("不予公开。");
    assertThat(letter.paragraphs(ParagraphRole.DELIVERY)).hasSize(1);
  }

  @Test
  void theRedactionLogIsSummarisedByGroundWithoutAnyWithheldText() {
    String text = "征收户张三，身份证号11010519491231002X，电话13912345678。";
    RedactionResult redacted = Redactor.standard().redact(text);
    int n = redacted.getEntries().size();
    assertThat(n).isPositive();
    Letter letter = COMPOSER.compose(LetterKind.ANSWER,
        LetterInput.builder().request(BY_ROW.get(OutcomeGround.RELEASED)).redactions(redacted.getEntries()).build(),
        Locale.SIMPLIFIED_CHINESE);
    List<LetterParagraph> log = letter.paragraphs(ParagraphRole.REDACTION);
    assertThat(log).extracting(LetterParagraph::getText).containsExactly(
        "本机关对向您提供的信息作了区分处理，共遮盖" + n + "处不予公开的内容，依据如下：",
        n + "处：保护第三方合法权益（" + String.join("、",
            redacted.getEntries().get(0).getLegalBases().stream().map(LegalBasis::toChinese).toList()) + "）。");
    String all = letter.getParagraphs().stream().map(LetterParagraph::getText).collect(Collectors.joining());
    assertThat(all).doesNotContain("11010519491231002X").doesNotContain("13912345678");
  }

  @Test
  void lettersRefuseInputsThatDisagree() {
    InformationRequest open = InformationRequest.builder().from(answeredOn(OutcomeGround.RELEASED, LocalDate.of(2024, 1, 2)))
        .events(List.of(Received.of(LocalDate.of(2023, 12, 20)))).build();
    assertThatThrownBy(() -> answer(open, Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("answered");
    assertThatThrownBy(() -> COMPOSER.compose(LetterKind.ANSWER,
            LetterInput.builder().request(BY_ROW.get(OutcomeGround.WITHHELD_STATE_SECRET))
                .redactions(Redactor.standard().redact("电话13912345678").getEntries()).build(),
            Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("provides none");
    assertThatThrownBy(() -> COMPOSER.compose(LetterKind.CORRECTION, LetterInput.of(open), Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("correction-requested");
    assertThatThrownBy(() -> COMPOSER.compose(LetterKind.FEE,
            LetterInput.builder().request(open).eventIndex(0).build(), Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("fee-notice-issued");
  }

  @Test
  void anOtherAnswerStatesTheRecordedReasonAndNeedsOne() {
    InformationRequest other = BY_ROW.get(OutcomeGround.OTHER);
    Answered answered = (Answered) other.getEvents().get(other.getEvents().size() - 1);
    Letter letter = answer(other, Locale.SIMPLIFIED_CHINESE);
    assertThat(letter.paragraphs(ParagraphRole.ANSWER).get(0).getText()).isEqualTo(answered.getNote());
    InformationRequest silent = answeredOn(OutcomeGround.OTHER, LocalDate.of(2024, 1, 2));
    assertThatThrownBy(() -> answer(silent, Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("note");
  }

  @Test
  void informationHeldElsewhereNamesTheCompetentAgency() {
    Letter letter = COMPOSER.compose(LetterKind.ANSWER,
        LetterInput.builder().request(BY_ROW.get(OutcomeGround.CANNOT_PROVIDE_NOT_HELD))
            .competentAgency("江河市住房和城乡建设局（电话0791-8666 0000）").build(),
        Locale.SIMPLIFIED_CHINESE);
    LetterParagraph answer = letter.paragraphs(ParagraphRole.ANSWER).get(0);
    assertThat(answer.getKey()).isEqualTo("answer.ground.cannot-provide-not-held.other-agency");
    assertThat(answer.getText()).contains("江河市住房和城乡建设局").contains("第三十六条第（五）项");
    Letter published = COMPOSER.compose(LetterKind.ANSWER,
        LetterInput.builder().request(BY_ROW.get(OutcomeGround.RELEASED)).publishedAt("https://zrzy.jianghe.gov.cn/xxgk").build(),
        Locale.SIMPLIFIED_CHINESE);
    assertThat(published.paragraphs(ParagraphRole.ANSWER).get(0).getText()).contains("第三十六条第（一）项");
    assertThat(published.paragraphs(ParagraphRole.DELIVERY)).isEmpty();
  }

  @Test
  void anIdentifierInTheRequestNeverAppearsWhole() {
    InformationRequest base = answeredOn(OutcomeGround.RELEASED, LocalDate.of(2024, 1, 2));
    InformationRequest leaky = InformationRequest.builder().from(base)
        .description("邻居李四（身份证110101199003071234，手机13912345678）的宅基地审批材料").build();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String all = answer(leaky, locale).getParagraphs().stream().map(LetterParagraph::getText)
          .collect(Collectors.joining("\n"));
      assertThat(all).doesNotContain("110101199003071234").doesNotContain("13912345678").contains("宅基地审批材料");
    }
  }

  @Test
  void noticesComeFromTheEventsTheyGiveNoticeOf() {
    Map<String, InformationRequest> byId = Fixtures.notices().stream()
        .collect(Collectors.toMap(InformationRequest::getId, Function.identity()));
    Letter correction = COMPOSER.compose(LetterKind.CORRECTION, LetterInput.of(byId.get("JH-2023-0009")), Locale.SIMPLIFIED_CHINESE);
    assertThat(correction.getDate()).isEqualTo(LocalDate.of(2023, 12, 28));
    assertThat(correction.paragraphs(ParagraphRole.ITEM)).extracting(LetterParagraph::getText)
        .containsExactly("1. 请明确所需政府信息的名称、文号或者便于查询的其他特征性描述");
    assertThat(correction.paragraphs(ParagraphRole.DEADLINE)).extracting(LetterParagraph::getText)
        .contains("请您于2024年1月19日前提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。");
    Letter extension = COMPOSER.compose(LetterKind.EXTENSION, LetterInput.of(byId.get("JH-2023-0008")), Locale.SIMPLIFIED_CHINESE);
    assertThat(extension.paragraphs(ParagraphRole.ANSWER).get(0).getText()).contains("答复期限延长20个工作日");
    Letter fee = COMPOSER.compose(LetterKind.FEE, LetterInput.of(byId.get("JH-2023-0008")), Locale.SIMPLIFIED_CHINESE);
    assertThat(fee.paragraphs(ParagraphRole.FEE).get(0).getText()).contains("按件计收").contains("30").contains("2000");
    Letter consultation = COMPOSER.compose(LetterKind.CONSULTATION, LetterInput.of(byId.get("JH-2023-0001")), Locale.SIMPLIFIED_CHINESE);
    assertThat(consultation.getAddressee()).isEqualTo("江河市城建投资集团有限公司");
    assertThat(consultation.getParagraphs()).extracting(LetterParagraph::getText)
        .noneMatch(t -> t.contains("刘娟"));
    assertThat(consultation.paragraphs(ParagraphRole.DEADLINE).get(0).getText()).contains("15个工作日");
    Letter receipt = COMPOSER.compose(LetterKind.RECEIPT, LetterInput.of(byId.get("JH-2023-0009")), Locale.SIMPLIFIED_CHINESE);
    assertThat(receipt.paragraphs(ParagraphRole.ANSWER).get(0).getText()).contains("2023年12月21日").contains("20个工作日");
  }

  @Test
  void underThe2008RegulationTheLetterCitesItsArticlesAndPeriods() {
    InformationRequest r2008 =
        answered(OutcomeGround.WITHHELD_STATE_SECRET, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 15));
    Letter letter = answer(r2008, Locale.SIMPLIFIED_CHINESE);
    assertThat(letter.getRegime()).isEqualTo(io.github.gongkai.core.Regime.R2008);
    assertThat(letter.paragraphs(ParagraphRole.ANSWER).get(0).getCitations())
        .extracting(LegalBasis::toNotation).containsExactly("OGI-2008:14", "OGI-2008:21(2)");
    assertThat(letter.paragraphs(ParagraphRole.REMEDY).get(0).getText())
        .contains("《中华人民共和国行政复议法》第九条第一款").doesNotContain("先向");
    Letter receipt = COMPOSER.compose(LetterKind.RECEIPT, LetterInput.of(r2008), Locale.SIMPLIFIED_CHINESE);
    assertThat(receipt.paragraphs(ParagraphRole.ANSWER).get(0).getText())
        .contains("15个工作日").contains("《中华人民共和国政府信息公开条例》第二十四条第二款");
  }

  @Test
  void theAgencyRewordsKeysAndAddsParagraphsWithoutChangingCitations() {
    Letterhead own = Letterhead.builder().from(Fixtures.letterhead())
        .putTextsZh("answer.title", "政府信息公开申请答复告知书")
        .putTextsZh("answer.ground.withheld-state-secret", "经保密审查，您申请的信息属于国家秘密。依据{0}，不予公开。")
        .putExtraParagraphs(LetterKind.ANSWER, List.of("本机关已同时告知您相关政策咨询渠道。"))
        .build();
    Letter letter = LetterComposer.of(ChinaCalendars.official(), own).compose(LetterKind.ANSWER,
        LetterInput.of(BY_ROW.get(OutcomeGround.WITHHELD_STATE_SECRET)), Locale.SIMPLIFIED_CHINESE);
    Letter standard = answer(BY_ROW.get(OutcomeGround.WITHHELD_STATE_SECRET), Locale.SIMPLIFIED_CHINESE);
    assertThat(letter.getTitle()).isEqualTo("政府信息公开申请答复告知书");
    LetterParagraph answer = letter.paragraphs(ParagraphRole.ANSWER).get(0);
    assertThat(answer.getText()).startsWith("经保密审查").contains("《中华人民共和国政府信息公开条例》第十四条");
    assertThat(answer.getCitations()).isEqualTo(standard.paragraphs(ParagraphRole.ANSWER).get(0).getCitations());
    assertThat(letter.paragraphs(ParagraphRole.AGENCY)).extracting(LetterParagraph::getText)
        .containsExactly("本机关已同时告知您相关政策咨询渠道。");
    // the agency's paragraph comes before the remedy notice
    assertThat(letter.getParagraphs().indexOf(letter.paragraphs(ParagraphRole.AGENCY).get(0)))
        .isLessThan(letter.getParagraphs().indexOf(letter.paragraphs(ParagraphRole.REMEDY).get(0)));
  }
}

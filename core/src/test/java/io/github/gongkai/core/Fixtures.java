package io.github.gongkai.core;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.ThirdPartyInterest;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.LitigationRoute;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Art35DeadlineSet;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import io.github.gongkai.core.request.Withdrawn;
import java.time.LocalDate;
import java.util.List;

/** Shared valid sample objects for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A valid 18-digit resident identity number (GB 11643 check digit X). */
  public static final String RESIDENT_ID = "11010519491231002X";

  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  public static Applicant person() {
    return Applicant.builder()
        .type(ApplicantType.NATURAL_PERSON)
        .name("张三")
        .identityProof(IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, RESIDENT_ID))
        .contacts(
            Contacts.builder()
                .phone("13812345678")
                .email("zhangsan@example.com")
                .postalAddress("北京市西城区某街1号")
                .postalCode("100032")
                .build())
        .build();
  }

  public static Applicant company() {
    return Applicant.builder()
        .type(ApplicantType.COMMERCIAL_ENTERPRISE)
        .name("某某科技有限公司")
        .identityProof(
            IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y43"))
        .contacts(Contacts.ofEmail("office@example.com"))
        .build();
  }

  /** One event of every kind, in a plausible order from 2024-03-01. */
  public static List<RequestEvent> everyEvent() {
    return List.of(
        Received.of(d("2024-03-01")),
        CorrectionRequested.builder()
            .date(d("2024-03-05"))
            .addItems("申请公开的政府信息名称不明确")
            .correctionDueDate(d("2024-03-20"))
            .build(),
        Corrected.of(d("2024-03-12")),
        ThirdPartyConsultationSent.of(d("2024-03-14"), "C1", "某某建设公司"),
        ThirdPartyReplied.of(d("2024-03-25"), "C1", ThirdPartyPosition.OBJECTS),
        AgencyConsultationSent.of(d("2024-03-26"), "A1", "某市自然资源局"),
        AgencyConsultationReplied.of(d("2024-04-02"), "A1", "某市自然资源局"),
        ExtensionApproved.of(d("2024-04-08"), 20),
        Art35DeadlineSet.of(d("2024-04-09"), d("2024-06-28"), "申请数量明显超过合理范围"),
        FeeNoticeIssued.of(d("2024-04-10"), Yuan.of(2000), FeeMethod.PER_ITEM, 30),
        FeePaid.builder().date(d("2024-04-15")).amount(Yuan.of(2000)).build(),
        Answered.builder()
            .date(d("2024-05-06"))
            .outcome(OutcomeGround.PARTIALLY_RELEASED)
            .addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED))
            .addItemOutcomes(
                ItemOutcome.builder()
                    .itemId("2")
                    .description("补偿协议中的身份证号码")
                    .ground(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS)
                    .build())
            .build(),
        Withdrawn.builder().date(d("2024-05-07")).note("申请人书面撤回").build(),
        DeemedAbandoned.of(d("2024-05-08"), OutcomeGround.OTHER_FEE_NOT_PAID));
  }

  public static InformationRequest.Builder requestBuilder() {
    return InformationRequest.builder()
        .id("2024-0001")
        .agency("某市人民政府办公室")
        .applicant(person())
        .channel(Channel.ONLINE_PLATFORM)
        .submittedOn(d("2024-02-28"))
        .description("某地块征收补偿方案")
        .requestedForm(InformationForm.ELECTRONIC)
        .delivery(DeliveryMethod.EMAIL);
  }

  public static InformationRequest request() {
    return requestBuilder().events(everyEvent()).build();
  }

  public static InformationItem item() {
    return InformationItem.builder()
        .id("11350100M-2024-00012")
        .title("某地块国有土地上房屋征收补偿方案")
        .documentNumber("某政〔2024〕12号")
        .producingAgency("某市人民政府")
        .addCoProducers("某市住房和城乡建设局")
        .formedOn(d("2024-01-10"))
        .changedOn(d("2024-02-01"))
        .proactiveCategory(ProactiveCategory.R2019_CITY_COUNTY_HOUSING_EXPROPRIATION)
        .secrecyMarking(
            SecrecyMarking.builder()
                .level(SecrecyLevel.CONFIDENTIAL)
                .periodYears(10)
                .markedOn(d("2024-01-10"))
                .build())
        .addThirdPartyInterests(
            ThirdPartyInterest.builder()
                .kind(ThirdPartyInterestKind.PERSONAL_PRIVACY)
                .thirdParty("被征收人李四")
                .consent(ConsentState.OBJECTED)
                .build())
        .internalAffairsKind(InternalAffairsKind.INTERNAL_WORKFLOW)
        .enforcementCaseFile(false)
        .publishedAt(Publication.of(PublicationMedium.WEBSITE, "https://www.example.gov.cn/zwgk/12"))
        .build();
  }

  public static ReviewCase reviewCase() {
    return ReviewCase.builder()
        .id("某复〔2024〕7号")
        .agency("某市人民政府办公室")
        .requestId("2024-0001")
        .filedOn(d("2024-06-01"))
        .decidedOn(d("2024-07-20"))
        .result(CaseResult.CORRECTED)
        .build();
  }

  public static LitigationCase litigationCase() {
    return LitigationCase.builder()
        .id("（2024）某0102行初88号")
        .agency("某市人民政府办公室")
        .requestId("2024-0001")
        .route(LitigationRoute.AFTER_REVIEW)
        .reviewCaseId("某复〔2024〕7号")
        .filedOn(d("2024-08-01"))
        .build();
  }
}

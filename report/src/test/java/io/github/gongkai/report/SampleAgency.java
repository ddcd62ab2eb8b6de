package io.github.gongkai.report;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.LitigationRoute;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.Withdrawn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A deterministic sample agency: request records 2023–2025 and remedy cases. */
public final class SampleAgency {
  /** The agency name. */
  public static final String NAME = "示例市某区示例局（样例数据）";

  private SampleAgency() {}

  /**
   * The request records, in submission order.
   *
   * @return the requests
   */
  public static List<InformationRequest> requests() {
    SplittableRandom rnd = new SplittableRandom(20240101);
    List<InformationRequest> out = new ArrayList<>();
    ApplicantType[] types = {
      ApplicantType.NATURAL_PERSON, ApplicantType.NATURAL_PERSON, ApplicantType.NATURAL_PERSON,
      ApplicantType.NATURAL_PERSON, ApplicantType.COMMERCIAL_ENTERPRISE, ApplicantType.LEGAL_SERVICE_ORGANIZATION,
      ApplicantType.RESEARCH_INSTITUTION
    };
    OutcomeGround[] outcomes = {
      OutcomeGround.RELEASED, OutcomeGround.RELEASED, OutcomeGround.RELEASED, OutcomeGround.PARTIALLY_RELEASED,
      OutcomeGround.PARTIALLY_RELEASED, OutcomeGround.CANNOT_PROVIDE_NOT_HELD, OutcomeGround.CANNOT_PROVIDE_NOT_HELD,
      OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, OutcomeGround.WITHHELD_PROCESS_INFORMATION,
      OutcomeGround.NOT_PROCESSED_PETITION_OR_COMPLAINT, OutcomeGround.NOT_PROCESSED_REPEATED,
      OutcomeGround.CANNOT_PROVIDE_WOULD_NEED_CREATION
    };
    LocalDate first = LocalDate.of(2023, 1, 3);
    for (int i = 0; i < 60; i++) {
      LocalDate submitted = first.plusDays(i * 13L + rnd.nextInt(5));
      ApplicantType type = types[rnd.nextInt(types.length)];
      boolean online = rnd.nextInt(3) == 0;
      InformationRequest.Builder b = InformationRequest.builder()
          .id(String.format("R%04d", i + 1))
          .agency(NAME)
          .applicant(Applicant.builder().type(type).name(type == ApplicantType.NATURAL_PERSON ? "申请人" + (i + 1) : "某单位" + (i + 1))
              .contacts(Contacts.ofPhone("13800000000")).build())
          .channel(online ? Channel.ONLINE_PLATFORM : Channel.IN_PERSON)
          .submittedOn(submitted)
          .description("申请公开第" + (i + 1) + "号事项的相关文件")
          .requestedForm(InformationForm.ELECTRONIC)
          .delivery(DeliveryMethod.EMAIL);
      LocalDate received = online ? submitted.plusDays(1) : submitted;
      b.addEvents(Received.of(received));
      int fate = rnd.nextInt(20);
      LocalDate closed = received.plusDays(5 + rnd.nextInt(30));
      if (fate == 0) {
        b.addEvents(Withdrawn.of(closed));
      } else if (fate == 1 && i > 50) {
        // still open at the end of the data
      } else if (fate == 2) {
        // answered late, across a year end for some
        OutcomeGround g = OutcomeGround.RELEASED;
        b.addEvents(Answered.of(received.plusDays(40), g));
      } else {
        OutcomeGround g = outcomes[rnd.nextInt(outcomes.length)];
        Answered.Builder a = Answered.builder().date(closed).outcome(g);
        if (g == OutcomeGround.PARTIALLY_RELEASED) {
          a.addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED), ItemOutcome.of("2", OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS));
        }
        b.addEvents(a.build());
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Review and litigation cases.
   *
   * @return the cases
   */
  public static List<RemedyCase> cases() {
    return List.of(
        ReviewCase.builder().id("FY-2024-1").agency(NAME).filedOn(LocalDate.of(2024, 3, 1))
            .decidedOn(LocalDate.of(2024, 5, 1)).result(CaseResult.MAINTAINED).build(),
        ReviewCase.builder().id("FY-2024-2").agency(NAME).filedOn(LocalDate.of(2024, 11, 20)).build(),
        ReviewCase.builder().id("FY-2023-1").agency(NAME).filedOn(LocalDate.of(2023, 12, 1))
            .decidedOn(LocalDate.of(2024, 1, 20)).result(CaseResult.CORRECTED).build(),
        LitigationCase.builder().id("SS-2024-1").agency(NAME).route(LitigationRoute.DIRECT)
            .filedOn(LocalDate.of(2024, 6, 3)).decidedOn(LocalDate.of(2024, 10, 9)).result(CaseResult.OTHER).build());
  }
}

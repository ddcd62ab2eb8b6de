package io.github.gongkai.examples.sample;

import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.core.json.JsonLinesWriter;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.LitigationRoute;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
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
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The bundled sample data: one year (2024) of disclosure requests to a fictional agency,
 * 江河市自然资源和规划局, generated deterministically with the library's own calendar.
 *
 * <p>The year has requests carried over from December 2023, requests still open at the end of 2024
 * (some answered in January 2025), every outcome row of table 三, every applicant column and every
 * channel, corrections, third-party and other-agency consultations, extensions, fee notices, an
 * overdue answer, withdrawals and abandoned requests. Names, numbers and addresses are invented;
 * identity numbers are checksum-valid but belong to nobody on purpose (sequence codes 9xx).
 *
 * <p>The file {@code samples/requests-2024.jsonl} in this module's resources is the output of
 * {@link #main(String[])}; a test keeps the two in step.
 */
public final class SampleAgency {
  /** The fictional agency. */
  public static final String AGENCY = "江河市自然资源和规划局";
  /** The report year of the sample. */
  public static final int YEAR = 2024;
  /** Classpath location of the bundled JSON Lines file. */
  public static final String RESOURCE = "/samples/requests-2024.jsonl";
  /** Classpath location of the bundled review and litigation cases (JSON Lines). */
  public static final String CASES_RESOURCE = "/samples/cases-2024.jsonl";

  private static final long SEED = 20240101L;
  private static final int REQUESTS_IN_YEAR = 236;
  private static final int CARRIED_IN = 14;

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "海燕"
  };
  private static final java.util.Map<ApplicantType, String[]> ORG_NAMES =
      java.util.Map.of(
          ApplicantType.COMMERCIAL_ENTERPRISE,
          new String[] {"江河市宏达置业有限公司", "江河市城建投资集团有限公司", "江河市恒信房地产开发有限公司"},
          ApplicantType.RESEARCH_INSTITUTION,
          new String[] {"江河大学城乡规划研究所", "江河市国土空间规划研究院"},
          ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
          new String[] {"江河市生态环境保护志愿者协会", "江河市绿色家园公益服务中心"},
          ApplicantType.LEGAL_SERVICE_ORGANIZATION,
          new String[] {"江河市正源律师事务所", "江河市清风律师事务所"},
          ApplicantType.OTHER_ORGANIZATION,
          new String[] {"江河市东湖村股份经济合作社", "江河市物业管理协会"});
  private static final String[] SUBJECTS = {
    "东湖片区旧城改造项目房屋征收补偿方案",
    "2023年度国有建设用地使用权出让合同（东城区G-12地块）",
    "河西村集体土地征收公告及补偿安置方案",
    "滨江路拓宽工程建设用地批准书",
    "本人户籍所在房屋的不动产登记资料",
    "2023年度本局部门决算",
    "高新区控制性详细规划调整的批复",
    "某小区规划设计条件及建设工程规划许可证",
    "违法用地行政处罚决定书（江自然规罚〔2023〕15号）",
    "土地征收成片开发方案的听证笔录",
    "矿山生态修复项目资金使用情况",
    "南山片区征收范围内被征收人分户补偿明细",
    "耕地占补平衡指标交易情况",
    "本局2024年政府采购项目合同",
    "城中村改造项目社会稳定风险评估报告",
    "宅基地审批台账（东湖镇）"
  };

  private SampleAgency() {}

  /** Classpath folder of the sample agency's letter template. */
  public static final String LETTER_TEMPLATE = "/samples/letter-template/";

  /**
   * The sample agency's letter template (document number pattern, review body, court, contacts, an
   * extra paragraph and a seal; all fictional), copied from the bundled resources into {@code dir}
   * and read as an agency's template directory is.
   *
   * @param dir where to put the template; created if missing
   * @return the letterhead
   * @throws java.io.UncheckedIOException when the directory cannot be written
   */
  public static io.github.gongkai.letters.Letterhead letterhead(java.nio.file.Path dir) {
    try {
      java.nio.file.Files.createDirectories(dir);
      for (String name : List.of(io.github.gongkai.letters.Letterhead.PROPERTIES, io.github.gongkai.letters.Letterhead.SEAL)) {
        try (java.io.InputStream in = SampleAgency.class.getResourceAsStream(LETTER_TEMPLATE + name)) {
          if (in == null) {
            throw new IllegalStateException("sample letter template missing from the jar: " + name);
          }
          java.nio.file.Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return io.github.gongkai.letters.Letterhead.fromDirectory(dir);
  }


  /**
   * Generates the sample requests, oldest receipt first.
   *
   * @return the requests
   */
  public static List<InformationRequest> generate() {
    WorkingCalendar cal = ChinaCalendars.official();
    SplittableRandom rnd = new SplittableRandom(SEED);
    List<OutcomeGround> plan = outcomePlan(rnd, REQUESTS_IN_YEAR + CARRIED_IN);
    List<InformationRequest> out = new ArrayList<>();
    int n = 0;
    // December of the previous year: some answered before the year, most carried over into it.
    for (int i = 0; i < CARRIED_IN; i++) {
      LocalDate submitted = workday(cal, LocalDate.of(YEAR - 1, 12, 1 + i * 2));
      out.add(request(cal, rnd, ++n, submitted, plan.get(n - 1), YEAR - 1));
    }
    // The report year: spread over the year, the last ones received in late December.
    for (int i = 0; i < REQUESTS_IN_YEAR; i++) {
      int dayOfYear = 2 + (int) ((long) i * 360 / REQUESTS_IN_YEAR);
      LocalDate submitted = workday(cal, LocalDate.ofYearDay(YEAR, dayOfYear));
      out.add(request(cal, rnd, ++n, submitted, plan.get(n - 1), YEAR));
    }
    return List.copyOf(out);
  }

  /**
   * Review and litigation cases brought over some of the year's refusals: every result of table 四
   * in each of its three blocks, one litigation after review, and cases still pending at year end.
   *
   * @param requests the sample requests, from {@link #generate()}
   * @return the cases, in filing order
   */
  public static List<RemedyCase> cases(List<InformationRequest> requests) {
    List<InformationRequest> refused = new ArrayList<>();
    for (InformationRequest r : requests) {
      RequestEvent last = r.getEvents().get(r.getEvents().size() - 1);
      if (last instanceof Answered
          && r.getSubmittedOn().getYear() == YEAR
          && last.getDate().getYear() == YEAR
          && last.getDate().getMonthValue() <= 9
          && ((Answered) last).getOutcome().getCategory() != OutcomeCategory.RELEASED) {
        refused.add(r);
      }
    }
    CaseResult[] reviewResults = {
      CaseResult.MAINTAINED, CaseResult.MAINTAINED, CaseResult.MAINTAINED, CaseResult.CORRECTED,
      CaseResult.OTHER, CaseResult.PENDING
    };
    List<RemedyCase> out = new ArrayList<>();
    for (int i = 0; i < reviewResults.length; i++) {
      // the pending review is over one of the last refusals, still undecided at year end
      InformationRequest r =
          reviewResults[i] == CaseResult.PENDING ? refused.get(refused.size() - 1) : refused.get(i * 5);
      LocalDate answered = r.getEvents().get(r.getEvents().size() - 1).getDate();
      LocalDate filed = answered.plusDays(20 + i);
      out.add(
          ReviewCase.builder()
              .id(String.format("江河复〔%d〕%d号", YEAR, 11 + i))
              .agency(AGENCY)
              .requestId(r.getId())
              .filedOn(filed)
              .decidedOn(reviewResults[i] == CaseResult.PENDING ? null : filed.plusDays(55))
              .result(reviewResults[i])
              .build());
    }
    InformationRequest direct = refused.get(3);
    LocalDate directAnswered = direct.getEvents().get(direct.getEvents().size() - 1).getDate();
    out.add(
        litigation(41, direct.getId(), LitigationRoute.DIRECT, directAnswered.plusDays(60))
            .decidedOn(directAnswered.plusDays(150))
            .result(CaseResult.MAINTAINED)
            .build());
    ReviewCase maintained = (ReviewCase) out.get(0);
    out.add(
        litigation(77, maintained.getRequestId(), LitigationRoute.AFTER_REVIEW, maintained.getFiledOn().plusDays(70))
            .reviewCaseId(maintained.getId())
            .result(CaseResult.PENDING)
            .build());
    out.sort(java.util.Comparator.comparing(RemedyCase::getFiledOn));
    return List.copyOf(out);
  }

  /** A lawsuit of the year, numbered {@code （YEAR）江0102行初N号}. */
  private static LitigationCase.Builder litigation(
      int number, @Nullable String requestId, LitigationRoute route, LocalDate filed) {
    return LitigationCase.builder()
        .id(String.format("（%d）江0102行初%d号", YEAR, number))
        .agency(AGENCY)
        .requestId(requestId)
        .route(route)
        .filedOn(filed);
  }

  /** Every row at least once among the year's requests, the rest weighted like a real office. */
  private static List<OutcomeGround> outcomePlan(SplittableRandom rnd, int size) {
    List<OutcomeGround> plan = new ArrayList<>();
    OutcomeGround[] common = {
      OutcomeGround.RELEASED, OutcomeGround.RELEASED, OutcomeGround.RELEASED, OutcomeGround.RELEASED,
      OutcomeGround.RELEASED, OutcomeGround.RELEASED, OutcomeGround.PARTIALLY_RELEASED,
      OutcomeGround.CANNOT_PROVIDE_NOT_HELD, OutcomeGround.CANNOT_PROVIDE_NOT_HELD,
      OutcomeGround.CANNOT_PROVIDE_NOT_HELD,
      OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, OutcomeGround.WITHHELD_PROCESS_INFORMATION,
      OutcomeGround.NOT_PROCESSED_PETITION_OR_COMPLAINT, OutcomeGround.NOT_PROCESSED_REPEATED,
      OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY, OutcomeGround.CANNOT_PROVIDE_WOULD_NEED_CREATION
    };
    for (int i = 0; i < CARRIED_IN; i++) {
      plan.add(common[rnd.nextInt(common.length)]);
    }
    for (OutcomeGround g : OutcomeGround.values()) {
      plan.add(g);
      plan.add(g);
    }
    while (plan.size() < size) {
      plan.add(common[rnd.nextInt(common.length)]);
    }
    // shuffle the year's part only, keeping the guaranteed rows spread over the year
    for (int i = size - 1; i > CARRIED_IN; i--) {
      int j = CARRIED_IN + rnd.nextInt(i - CARRIED_IN + 1);
      OutcomeGround t = plan.get(i);
      plan.set(i, plan.get(j));
      plan.set(j, t);
    }
    return plan;
  }

  private static LocalDate workday(WorkingCalendar cal, LocalDate d) {
    return cal.isWorkingDay(d) ? d : cal.nextWorkingDay(d);
  }

  /**
   * One request of the sample: its applicant, receipt and then, step by step, the events of its
   * handling up to the answer (or up to where it stopped). The steps draw from {@code rnd} in a fixed
   * order, so the same seed gives the same sample.
   */
  private static InformationRequest request(
      WorkingCalendar cal, SplittableRandom rnd, int n, LocalDate submitted, OutcomeGround ground, int year) {
    Channel channel = pick(rnd, CHANNELS);
    ApplicantType type = pick(rnd, TYPES);
    Applicant applicant = applicant(rnd, type, n);
    LocalDate received = received(cal, rnd, channel, submitted);
    Handling h = new Handling(received);
    String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];

    // late-December requests of the report year stay open at its end
    boolean carriedOut = year == YEAR && received.isAfter(LocalDate.of(YEAR, 12, 18));
    if (!correction(cal, rnd, ground, h)) {
      consultation(cal, rnd, ground, n, h);
      // some of them are still open when the sample was taken
      boolean stillOpen = carriedOut && rnd.nextInt(3) == 0;
      if (!stillOpen) {
        extension(cal, rnd, h);
        if (!fee(cal, rnd, ground, h)) {
          answer(cal, rnd, ground, n, h);
        }
      }
    }
    return build(n, applicant, channel, submitted, subject, h.events);
  }

  /** The events of one request so far, the date its reply clock stands at and the days left. */
  private static final class Handling {
    final List<RequestEvent> events = new ArrayList<>();
    LocalDate clock;
    int budget = 20;

    Handling(LocalDate received) {
      events.add(Received.of(received));
      clock = received;
    }
  }

  /** The receipt date: the same day in person, a few working days by post, mostly the same day online. */
  private static LocalDate received(WorkingCalendar cal, SplittableRandom rnd, Channel channel, LocalDate submitted) {
    switch (channel) {
      case IN_PERSON:
        return submitted;
      case MAIL:
      case ORDINARY_LETTER:
        return cal.plusWorkingDays(submitted, 1 + rnd.nextInt(3));
      default:
        return rnd.nextInt(4) == 0 ? cal.plusWorkingDays(submitted, 1) : submitted;
    }
  }

  /**
   * A correction asked for (always for the grounds that need one, otherwise now and then), corrected
   * in time or, for {@link OutcomeGround#OTHER_CORRECTION_NOT_MADE}, abandoned.
   *
   * @return true if the request was abandoned
   */
  private static boolean correction(WorkingCalendar cal, SplittableRandom rnd, OutcomeGround ground, Handling h) {
    boolean correction =
        ground == OutcomeGround.CANNOT_PROVIDE_STILL_UNCLEAR
            || ground == OutcomeGround.OTHER_CORRECTION_NOT_MADE
            || rnd.nextInt(12) == 0;
    if (!correction) {
      return false;
    }
    LocalDate notice = cal.plusWorkingDays(h.clock, 2 + rnd.nextInt(5));
    h.events.add(
        CorrectionRequested.builder()
            .date(notice)
            .addItems("请明确所需政府信息的名称、文号或者便于查询的其他特征性描述")
            .correctionDueDate(cal.plusWorkingDays(notice, 15))
            .build());
    if (ground == OutcomeGround.OTHER_CORRECTION_NOT_MADE) {
      h.events.add(DeemedAbandoned.of(cal.plusWorkingDays(notice, 16), ground));
      return true;
    }
    h.clock = cal.plusWorkingDays(notice, 3 + rnd.nextInt(6));
    h.events.add(Corrected.of(h.clock));
    return false;
  }

  /** A third-party consultation (for the grounds that involve one) or, now and then, another agency's. */
  private static void consultation(
      WorkingCalendar cal, SplittableRandom rnd, OutcomeGround ground, int n, Handling h) {
    if (ground == OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS
        || (ground == OutcomeGround.PARTIALLY_RELEASED && rnd.nextBoolean())
        || (ground == OutcomeGround.RELEASED && rnd.nextInt(10) == 0)) {
      LocalDate sent = cal.plusWorkingDays(h.clock, 3 + rnd.nextInt(4));
      String[] companies = orgNames(ApplicantType.COMMERCIAL_ENTERPRISE);
      String third = companies[rnd.nextInt(companies.length)];
      h.events.add(ThirdPartyConsultationSent.of(sent, "TP-" + n, third));
      LocalDate replied = cal.plusWorkingDays(sent, 5 + rnd.nextInt(10));
      ThirdPartyPosition position =
          ground == OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS
              ? ThirdPartyPosition.OBJECTS
              : ThirdPartyPosition.CONSENTS;
      h.events.add(ThirdPartyReplied.of(replied, "TP-" + n, position));
      h.budget -= 5;
      h.clock = replied;
    } else if (rnd.nextInt(15) == 0) {
      LocalDate sent = cal.plusWorkingDays(h.clock, 2 + rnd.nextInt(4));
      h.events.add(AgencyConsultationSent.of(sent, "AG-" + n, "江河市住房和城乡建设局"));
      LocalDate replied = cal.plusWorkingDays(sent, 3 + rnd.nextInt(8));
      h.events.add(AgencyConsultationReplied.of(replied, "AG-" + n, "江河市住房和城乡建设局"));
      h.budget -= 4;
      h.clock = replied;
    }
  }

  /** Now and then, an approved extension of the reply period. */
  private static void extension(WorkingCalendar cal, SplittableRandom rnd, Handling h) {
    if (rnd.nextInt(14) == 0) {
      h.clock = cal.plusWorkingDays(h.clock, 10 + rnd.nextInt(5));
      h.events.add(ExtensionApproved.of(h.clock, 20));
      h.budget = 15;
    }
  }

  /**
   * A fee notice (always for {@link OutcomeGround#OTHER_FEE_NOT_PAID}, rarely otherwise), paid or,
   * for that ground, abandoned.
   *
   * @return true if the request was abandoned
   */
  private static boolean fee(WorkingCalendar cal, SplittableRandom rnd, OutcomeGround ground, Handling h) {
    if (ground != OutcomeGround.OTHER_FEE_NOT_PAID && rnd.nextInt(40) != 0) {
      return false;
    }
    LocalDate notice = cal.plusWorkingDays(h.clock, 4);
    h.events.add(FeeNoticeIssued.of(notice, Yuan.of(2000), FeeMethod.PER_ITEM, 30));
    if (ground == OutcomeGround.OTHER_FEE_NOT_PAID) {
      h.events.add(DeemedAbandoned.of(cal.plusWorkingDays(notice, 21), ground));
      return true;
    }
    h.clock = cal.plusWorkingDays(notice, 5);
    h.events.add(FeePaid.of(h.clock));
    return false;
  }

  /** The answer within the days left (one in 97 late), or a withdrawal before it. */
  private static void answer(WorkingCalendar cal, SplittableRandom rnd, OutcomeGround ground, int n, Handling h) {
    LocalDate answered = cal.plusWorkingDays(h.clock, 1 + rnd.nextInt(Math.max(1, h.budget - 2)));
    if (n % 97 == 0) {
      answered = cal.plusWorkingDays(h.clock, h.budget + 3); // an overdue answer, kept as it happens
    }
    if (ground == OutcomeGround.RELEASED && rnd.nextInt(25) == 0) {
      // the applicant withdrew before the answer
      h.events.add(Withdrawn.of(answered));
    } else if (ground == OutcomeGround.PARTIALLY_RELEASED) {
      h.events.add(
          Answered.builder()
              .date(answered)
              .outcome(ground)
              .addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED))
              .addItemOutcomes(
                  ItemOutcome.builder()
                      .itemId("2")
                      .description("被征收人身份证号码、联系电话及银行账户")
                      .ground(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS)
                      .build())
              .build());
    } else if (ground == OutcomeGround.OTHER) {
      // an answer under 其他 says why in its own words (the answer letter states it)
      h.events.add(Answered.builder().date(answered).outcome(ground)
          .note("您的申请系对本机关已作出答复的补充询问，本机关已于答复当日另行书面说明。").build());
    } else {
      h.events.add(Answered.of(answered, ground));
    }
  }

  private static InformationRequest build(
      int n, Applicant applicant, Channel channel, LocalDate submitted, String subject, List<RequestEvent> events) {
    InformationForm form = n % 3 == 0 ? InformationForm.PAPER : InformationForm.ELECTRONIC;
    DeliveryMethod delivery =
        form == InformationForm.PAPER
            ? (n % 2 == 0 ? DeliveryMethod.POST : DeliveryMethod.COLLECT_IN_PERSON)
            : (channel == Channel.EMAIL ? DeliveryMethod.EMAIL : DeliveryMethod.ONLINE_PLATFORM);
    return InformationRequest.builder()
        .id(String.format("JH-%d-%04d", submitted.getYear(), n))
        .agency(AGENCY)
        .applicant(applicant)
        .channel(channel)
        .submittedOn(submitted)
        .description(subject)
        .requestedForm(form)
        .delivery(delivery)
        .events(events)
        .build();
  }

  private static Applicant applicant(SplittableRandom rnd, ApplicantType type, int n) {
    if (type == ApplicantType.NATURAL_PERSON) {
      String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
      LocalDate birth = LocalDate.of(1950 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      String first17 =
          String.format(
              "360102%04d%02d%02d9%02d",
              birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), rnd.nextInt(100));
      String id = first17 + ResidentIdNumbers.checkCharacter(first17);
      return Applicant.builder()
          .type(type)
          .name(name)
          .identityProof(IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, id))
          .contacts(Contacts.ofPhone(String.format("139%08d", 10_000_000 + n * 7919 % 89_999_999)))
          .build();
    }
    return Applicant.builder()
        .type(type)
        .name(pick(rnd, orgNames(type)))
        .contacts(Contacts.builder().postalAddress("江河市人民路" + (n % 300 + 1) + "号").build())
        .build();
  }

  private static final Channel[] CHANNELS = weighted(
      new Channel[] {Channel.ONLINE_PLATFORM, Channel.MAIL, Channel.IN_PERSON, Channel.EMAIL,
        Channel.ORDINARY_LETTER, Channel.FAX, Channel.OTHER},
      new int[] {45, 20, 15, 10, 5, 3, 2});

  private static final ApplicantType[] TYPES = weighted(
      new ApplicantType[] {ApplicantType.NATURAL_PERSON, ApplicantType.COMMERCIAL_ENTERPRISE,
        ApplicantType.RESEARCH_INSTITUTION, ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
        ApplicantType.LEGAL_SERVICE_ORGANIZATION, ApplicantType.OTHER_ORGANIZATION},
      new int[] {70, 12, 3, 3, 7, 5});

  private static <T> T[] weighted(T[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    T[] out = java.util.Arrays.copyOf(values, total);
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < weights[i]; j++) {
        out[k++] = values[i];
      }
    }
    return out;
  }

  private static String[] orgNames(ApplicantType type) {
    // every type but a natural person has its names
    return java.util.Objects.requireNonNull(ORG_NAMES.get(type), type::getCode);
  }

  private static <T> T pick(SplittableRandom rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  /**
   * Writes values (requests or cases) as JSON Lines.
   *
   * @param requests the values
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void writeJsonLines(List<?> requests, Writer out) throws IOException {
    JsonLinesWriter.writeAll(GongkaiJson.codec(), requests, out);
  }

  /**
   * Regenerates {@code requests-2024.jsonl} and {@code cases-2024.jsonl} in {@code src/main/resources/samples/}.
   *
   * @param args the output folder (default: the module's {@code samples} resource folder)
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/samples");
    Files.createDirectories(dir);
    List<InformationRequest> requests = generate();
    try (Writer w = Files.newBufferedWriter(dir.resolve("requests-2024.jsonl"), StandardCharsets.UTF_8)) {
      writeJsonLines(requests, w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("cases-2024.jsonl"), StandardCharsets.UTF_8)) {
      writeJsonLines(cases(requests), w);
    }
  }



}

package io.github.gongkai.core;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
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
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries of valid gongkai model objects. */
public final class GongkaiArbitraries {
  private GongkaiArbitraries() {}

  private static final LocalDate FIRST = LocalDate.of(2008, 5, 1);

  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 8000).map(FIRST::plusDays);
  }

  /** Non-blank text with CJK, ASCII and characters JSON must escape. */
  public static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings()
        .withCharRange('\u0020', '\u007e')
        .withCharRange('\u4e00', '\u4fff')
        .withChars('"', '\\', '\n', '\t', '〔', '〕', '（', '）', '€')
        .ofMinLength(1)
        .ofMaxLength(maxLength)
        .filter(s -> !s.isBlank());
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> a) {
    return a.injectNull(0.3);
  }

  public static Arbitrary<Yuan> positiveYuan() {
    return Arbitraries.longs().between(1, 10_000_000_00L).map(Yuan::ofFen);
  }

  /** Valid 18-character resident identity numbers (GB 11643). */
  public static Arbitrary<String> residentIdNumbers() {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(ResidentIdNumbers.provinceCodes().keySet())),
            Arbitraries.strings().numeric().ofLength(4),
            Arbitraries.integers().between(0, 36_000).map(LocalDate.of(1901, 1, 1)::plusDays),
            Arbitraries.strings().numeric().ofLength(3))
        .as(
            (province, area, birth, seq) -> {
              String first17 =
                  province + area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
              return first17 + ResidentIdNumbers.checkCharacter(first17);
            });
  }

  /** Valid unified social credit codes (GB 32100). */
  public static Arbitrary<String> unifiedSocialCreditCodes() {
    String alphabet = UnifiedSocialCreditCodes.ALPHABET;
    List<String> prefixes = new ArrayList<>();
    for (char a : UnifiedSocialCreditCodes.registrationAuthorities().keySet()) {
      for (char t : alphabet.toCharArray()) {
        if (UnifiedSocialCreditCodes.isRegistrationType(a, t)) {
          prefixes.add("" + a + t);
        }
      }
    }
    return Combinators.combine(
            Arbitraries.of(prefixes),
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.strings().withChars(alphabet).ofLength(9))
        .as(
            (prefix, region, org) -> {
              String first17 = prefix + region + org;
              return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
            });
  }

  public static Arbitrary<IdentityProof> identityProof(ApplicantType type) {
    if (type.isOrganization()) {
      return unifiedSocialCreditCodes()
          .map(n -> IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, n));
    }
    Arbitrary<IdentityProof> residentId =
        residentIdNumbers()
            .map(n -> IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, n));
    Arbitrary<IdentityProof> passport =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .numeric()
            .ofMinLength(6)
            .ofMaxLength(12)
            .map(n -> IdentityProof.of(IdentityDocumentType.PASSPORT, n));
    return Arbitraries.oneOf(residentId, passport);
  }

  public static Arbitrary<Contacts> contacts() {
    return Combinators.combine(
            orNull(Arbitraries.strings().numeric().ofLength(11).map(s -> "1" + s.substring(1))),
            orNull(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> s + "@example.com")),
            orNull(text(40)),
            orNull(Arbitraries.strings().numeric().ofLength(6)))
        .filter((p, e, a, c) -> p != null || e != null || a != null)
        .as(
            (p, e, a, c) ->
                Contacts.builder().phone(p).email(e).postalAddress(a).postalCode(c).build());
  }

  public static Arbitrary<Applicant> applicants() {
    return Arbitraries.of(ApplicantType.class)
        .flatMap(
            type ->
                Combinators.combine(text(30), orNull(identityProof(type)), contacts())
                    .as(
                        (name, proof, contacts) ->
                            Applicant.builder()
                                .type(type)
                                .name(name)
                                .identityProof(proof)
                                .contacts(contacts)
                                .build()));
  }

  private static final EnumSet<OutcomeGround> ANSWER_GROUNDS =
      EnumSet.complementOf(
          EnumSet.of(OutcomeGround.OTHER_CORRECTION_NOT_MADE, OutcomeGround.OTHER_FEE_NOT_PAID));

  private static Arbitrary<Answered> answered(LocalDate date) {
    Arbitrary<List<ItemOutcome>> items =
        Combinators.combine(orNull(text(20)), Arbitraries.of(OutcomeGround.class))
            .as((desc, g) -> new Object[] {desc, g})
            .list()
            .ofMaxSize(4)
            .map(
                list -> {
                  List<ItemOutcome> out = new ArrayList<>();
                  for (int i = 0; i < list.size(); i++) {
                    out.add(
                        ItemOutcome.builder()
                            .itemId(Integer.toString(i + 1))
                            .description((String) list.get(i)[0])
                            .ground((OutcomeGround) list.get(i)[1])
                            .build());
                  }
                  return out;
                });
    return Combinators.combine(Arbitraries.of(ANSWER_GROUNDS), items)
        .filter((g, i) -> g != OutcomeGround.PARTIALLY_RELEASED || !i.isEmpty())
        .as((g, i) -> Answered.builder().date(date).outcome(g).itemOutcomes(i).build());
  }

  /** Any event on {@code date}. */
  public static Arbitrary<RequestEvent> event(LocalDate date) {
    Arbitrary<String> id = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6);
    List<Arbitrary<? extends RequestEvent>> all =
        List.of(
            orNull(text(50)).map(n -> Received.builder().date(date).note(n).build()),
            Combinators.combine(
                    text(30).list().ofMinSize(1).ofMaxSize(3),
                    orNull(Arbitraries.integers().between(1, 30).map(date::plusDays)))
                .as(
                    (items, due) ->
                        CorrectionRequested.builder()
                            .date(date)
                            .items(items)
                            .correctionDueDate(due)
                            .build()),
            Arbitraries.just(Corrected.of(date)),
            Combinators.combine(id, text(20))
                .as((c, t) -> ThirdPartyConsultationSent.of(date, c, t)),
            Combinators.combine(id, Arbitraries.of(ThirdPartyPosition.class))
                .as((c, p) -> ThirdPartyReplied.of(date, c, p)),
            Combinators.combine(id, text(20)).as((c, a) -> AgencyConsultationSent.of(date, c, a)),
            Combinators.combine(id, text(20))
                .as((c, a) -> AgencyConsultationReplied.of(date, c, a)),
            Arbitraries.integers().between(1, 20).map(n -> ExtensionApproved.of(date, n)),
            Combinators.combine(Arbitraries.integers().between(1, 200), text(40))
                .as((n, r) -> Art35DeadlineSet.of(date, date.plusDays(n), r)),
            Combinators.combine(
                    positiveYuan(),
                    Arbitraries.of(FeeMethod.class),
                    Arbitraries.integers().between(1, 500))
                .as((a, m, q) -> FeeNoticeIssued.of(date, a, m, q)),
            orNull(positiveYuan()).map(a -> FeePaid.builder().date(date).amount(a).build()),
            answered(date),
            orNull(text(50)).map(n -> Withdrawn.builder().date(date).note(n).build()),
            Arbitraries.of(OutcomeGround.OTHER_CORRECTION_NOT_MADE, OutcomeGround.OTHER_FEE_NOT_PAID)
                .map(g -> DeemedAbandoned.of(date, g)));
    return Arbitraries.oneOf(all).map(Function.identity());
  }

  /** A history starting on or after {@code start}, dates non-decreasing. */
  public static Arbitrary<List<RequestEvent>> history(LocalDate start) {
    return Arbitraries.integers()
        .between(0, 15)
        .list()
        .ofMaxSize(8)
        .flatMap(
            gaps -> {
              List<Arbitrary<RequestEvent>> events = new ArrayList<>();
              LocalDate date = start;
              for (int gap : gaps) {
                date = date.plusDays(gap);
                events.add(event(date));
              }
              return Combinators.combine(events).as(list -> list);
            });
  }

  public static Arbitrary<InformationRequest> requests() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(12),
            text(30),
            applicants(),
            Arbitraries.of(Channel.class),
            dates(),
            text(200),
            Arbitraries.of(InformationForm.class),
            Arbitraries.of(DeliveryMethod.class))
        .as(
            (id, agency, applicant, channel, submitted, description, form, delivery) ->
                InformationRequest.builder()
                    .id(id)
                    .agency(agency)
                    .applicant(applicant)
                    .channel(channel)
                    .submittedOn(submitted)
                    .description(description)
                    .requestedForm(form)
                    .delivery(delivery))
        .flatMap(
            b ->
                Combinators.combine(history(b.build().getSubmittedOn()), orNull(Arbitraries.of(Regime.class)))
                    .as((events, regime) -> b.events(events).regimeOverride(regime).build()));
  }

  public static Arbitrary<SecrecyMarking> secrecyMarkings() {
    return Combinators.combine(
            Arbitraries.of(SecrecyLevel.class),
            orNull(Arbitraries.integers().between(1, 30)),
            orNull(dates()),
            orNull(Arbitraries.integers().between(0, 4000)))
        .as(
            (level, years, marked, later) ->
                SecrecyMarking.builder()
                    .level(level)
                    .periodYears(years)
                    .markedOn(marked)
                    .declassifiedOn(marked == null || later == null ? null : marked.plusDays(later))
                    .build());
  }

  public static Arbitrary<InformationItem> items() {
    Arbitrary<List<ThirdPartyInterest>> interests =
        Combinators.combine(
                Arbitraries.of(ThirdPartyInterestKind.class), text(20), Arbitraries.of(ConsentState.class))
            .as((k, t, c) -> ThirdPartyInterest.builder().kind(k).thirdParty(t).consent(c).build())
            .list()
            .ofMaxSize(3);
    Arbitrary<Publication> publication =
        Combinators.combine(Arbitraries.of(PublicationMedium.class), orNull(text(40)), orNull(dates()))
            .as((m, l, d) -> Publication.builder().medium(m).location(l).publishedOn(d).build());
    Arbitrary<InformationItem.Builder> head =
        Combinators.combine(
                Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(20),
                text(60),
                orNull(text(20)),
                text(20).map(s -> "P:" + s),
                text(20).map(s -> "C:" + s).set().ofMaxSize(3),
                dates(),
                orNull(Arbitraries.integers().between(0, 1000)),
                orNull(Arbitraries.of(ProactiveCategory.class)))
            .as(
                (id, title, number, producer, co, formed, changed, category) ->
                    InformationItem.builder()
                        .id(id)
                        .title(title)
                        .documentNumber(number)
                        .producingAgency(producer)
                        .coProducers(co)
                        .formedOn(formed)
                        .changedOn(changed == null ? null : formed.plusDays(changed))
                        .proactiveCategory(category));
    return Combinators.combine(
            head,
            orNull(secrecyMarkings()),
            interests,
            orNull(Arbitraries.of(InternalAffairsKind.class)),
            orNull(Arbitraries.of(ProcessInformationKind.class)),
            Arbitraries.of(true, false),
            orNull(Arbitraries.of(SpecialAccessRoute.class)),
            Combinators.combine(orNull(publication), orNull(text(40))).as((p, l) -> new Object[] {p, l}))
        .as(
            (b, secrecy, tpi, internal, process, caseFile, route, rest) ->
                b.secrecyMarking(secrecy)
                    .thirdPartyInterests(tpi)
                    .internalAffairsKind(internal)
                    .processInformationKind(process)
                    .enforcementCaseFile(caseFile)
                    .specialAccessRoute(route)
                    .publishedAt((Publication) rest[0])
                    .prohibitingLaw((String) rest[1])
                    .build());
  }

  public static Arbitrary<ReviewCase> reviewCases() {
    return Combinators.combine(
            text(20),
            text(20),
            orNull(text(10)),
            dates(),
            orNull(Arbitraries.integers().between(0, 400)),
            Arbitraries.of(CaseResult.MAINTAINED, CaseResult.CORRECTED, CaseResult.OTHER))
        .as(
            (id, agency, req, filed, after, result) ->
                ReviewCase.builder()
                    .id(id)
                    .agency(agency)
                    .requestId(req)
                    .filedOn(filed)
                    .decidedOn(after == null ? null : filed.plusDays(after))
                    .result(after == null ? CaseResult.PENDING : result)
                    .build());
  }

  public static Arbitrary<LitigationCase> litigationCases() {
    return Combinators.combine(
            text(20),
            text(20),
            Arbitraries.of(LitigationRoute.class),
            orNull(text(10)),
            dates(),
            orNull(Arbitraries.integers().between(0, 400)),
            Arbitraries.of(CaseResult.MAINTAINED, CaseResult.CORRECTED, CaseResult.OTHER))
        .as(
            (id, agency, route, review, filed, after, result) ->
                LitigationCase.builder()
                    .id(id)
                    .agency(agency)
                    .route(route)
                    .reviewCaseId(route == LitigationRoute.AFTER_REVIEW ? review : null)
                    .filedOn(filed)
                    .decidedOn(after == null ? null : filed.plusDays(after))
                    .result(after == null ? CaseResult.PENDING : result)
                    .build());
  }
}

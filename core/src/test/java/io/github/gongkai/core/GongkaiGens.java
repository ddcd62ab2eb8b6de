package io.github.gongkai.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid gongkai model objects and of their parts. */
public final class GongkaiGens {
  private GongkaiGens() {}

  private static final LocalDate FIRST = LocalDate.of(2008, 5, 1);

  // ---- building blocks

  /** Characters of a string drawn from {@code chars}. */
  public static Gen<Character> chars(String chars) {
    List<Character> list = new ArrayList<>();
    chars.chars().forEach(c -> list.add((char) c));
    return Generate.pick(list);
  }

  /** Characters from the closed range {@code from..to}. */
  public static Gen<Character> charRange(char from, char to) {
    return integers().between(from, to).map(i -> (char) i.intValue());
  }

  /** Strings of {@code min..max} characters from {@code chars}. */
  public static Gen<String> strings(Gen<Character> chars, int min, int max) {
    return lists()
        .of(chars)
        .ofSizeBetween(min, max)
        .map(
            cs -> {
              StringBuilder sb = new StringBuilder(cs.size());
              cs.forEach(sb::append);
              return sb.toString();
            });
  }

  public static Gen<String> digits(int length) {
    return strings(charRange('0', '9'), length, length);
  }

  /** ASCII letters and digits. */
  public static Gen<String> alphanumeric(int min, int max) {
    return strings(chars(ALNUM), min, max);
  }

  /** Identifiers: ASCII letters, digits and '-'. */
  public static Gen<String> identifiers(int min, int max) {
    return strings(chars(ALNUM + "-"), min, max);
  }

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /** {@code gen} or, {@code percentNull} % of the time, {@code null}. */
  public static <T> Gen<@Nullable T> orNull(Gen<T> gen, int percentNull) {
    return gen.toOptionals(percentNull).map(o -> orNull(o));
  }

  public static <T> Gen<@Nullable T> orNull(Gen<T> gen) {
    return orNull(gen, 30);
  }

  private static <T> @Nullable T orNull(Optional<T> o) {
    return o.orElse(null);
  }

  /** One of the generators, chosen uniformly. */
  public static <T> Gen<T> oneOf(List<Gen<? extends T>> gens) {
    return Generate.pick(gens).flatMap(g -> g);
  }

  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Generate.enumValues(type);
  }

  public static Gen<LocalDate> dates() {
    return integers().between(0, 8000).map(i -> FIRST.plusDays(i));
  }

  private static final List<Character> TEXT_CHARS = textChars();

  private static List<Character> textChars() {
    List<Character> out = new ArrayList<>();
    for (char c = '\u0020'; c <= '\u007e'; c++) {
      out.add(c);
    }
    for (char c = '\u4e00'; c <= '\u4fff'; c++) {
      out.add(c);
    }
    for (char c : "\"\\\n\t〔〕（）€".toCharArray()) {
      out.add(c);
    }
    return List.copyOf(out);
  }

  /** Non-blank text of 1..maxLength characters with CJK, ASCII and characters JSON must escape. */
  public static Gen<String> text(int maxLength) {
    return strings(Generate.pick(TEXT_CHARS), 1, maxLength).map(s -> s.isBlank() ? "文" + s : s);
  }

  public static Gen<Yuan> positiveYuan() {
    return longs().between(1, 10_000_000_00L).map(f -> Yuan.ofFen(f));
  }

  // ---- identifiers

  /** Valid 18-character resident identity numbers (GB 11643). */
  public static Gen<String> residentIdNumbers() {
    return Generate.pick(List.copyOf(ResidentIdNumbers.provinceCodes().keySet()))
        .zip(
            digits(4),
            integers().between(0, 36_000).map(LocalDate.of(1901, 1, 1)::plusDays),
            digits(3),
            (province, area, birth, seq) -> {
              String first17 = province + area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
              return first17 + ResidentIdNumbers.checkCharacter(first17);
            });
  }

  /** Valid unified social credit codes (GB 32100). */
  public static Gen<String> unifiedSocialCreditCodes() {
    String alphabet = UnifiedSocialCreditCodes.ALPHABET;
    List<String> prefixes = new ArrayList<>();
    for (char a : UnifiedSocialCreditCodes.registrationAuthorities().keySet()) {
      for (char t : alphabet.toCharArray()) {
        if (UnifiedSocialCreditCodes.isRegistrationType(a, t)) {
          prefixes.add("" + a + t);
        }
      }
    }
    return Generate.pick(prefixes)
        .zip(
            digits(6),
            strings(chars(alphabet), 9, 9),
            (prefix, region, org) -> {
              String first17 = prefix + region + org;
              return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
            });
  }

  public static Gen<IdentityProof> identityProof(ApplicantType type) {
    if (type.isOrganization()) {
      return unifiedSocialCreditCodes()
          .map(n -> IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, n));
    }
    Gen<IdentityProof> residentId =
        residentIdNumbers().map(n -> IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, n));
    Gen<IdentityProof> passport =
        strings(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), 6, 12)
            .map(n -> IdentityProof.of(IdentityDocumentType.PASSPORT, n));
    return residentId.mix(passport);
  }

  // ---- requests

  public static Gen<Contacts> contacts() {
    Gen<@Nullable String> phone = orNull(digits(10).map(s -> "1" + s));
    Gen<@Nullable String> email = orNull(strings(chars(ALNUM.substring(0, 52)), 1, 10).map(s -> s + "@example.com"));
    Gen<@Nullable String> address = orNull(text(40));
    Gen<@Nullable String> code = orNull(digits(6));
    return phone.zip(
        email,
        address,
        code,
        (p, e, a, c) ->
            Contacts.builder()
                // at least one way to reach the applicant
                .phone(p == null && e == null && a == null ? "13800000000" : p)
                .email(e)
                .postalAddress(a)
                .postalCode(c)
                .build());
  }

  public static Gen<Applicant> applicants() {
    return enums(ApplicantType.class)
        .flatMap(
            type ->
                text(30)
                    .zip(
                        orNull(identityProof(type)),
                        contacts(),
                        (name, proof, contacts) ->
                            Applicant.builder()
                                .type(type)
                                .name(name)
                                .identityProof(proof)
                                .contacts(contacts)
                                .build()));
  }

  private static final List<OutcomeGround> ANSWER_GROUNDS =
      List.copyOf(
          EnumSet.complementOf(
              EnumSet.of(OutcomeGround.OTHER_CORRECTION_NOT_MADE, OutcomeGround.OTHER_FEE_NOT_PAID)));

  /** Grounds an {@link Answered} event may carry (the two "deemed abandoned" rows excluded). */
  public static Gen<OutcomeGround> answerGrounds() {
    return Generate.pick(ANSWER_GROUNDS);
  }

  public static Gen<List<ItemOutcome>> itemOutcomes(int max) {
    return lists()
        .of(orNull(text(20)).zip(enums(OutcomeGround.class), (d, g) -> new Object[] {d, g}))
        .ofSizeBetween(0, max)
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
  }

  public static Gen<Answered> answered(LocalDate date) {
    return answerGrounds()
        .zip(
            itemOutcomes(4),
            (g, items) ->
                Answered.builder()
                    .date(date)
                    // a partial release lists its items
                    .outcome(g == OutcomeGround.PARTIALLY_RELEASED && items.isEmpty() ? OutcomeGround.RELEASED : g)
                    .itemOutcomes(items)
                    .build());
  }

  /** Consultation and similar identifiers. */
  public static Gen<String> shortIds() {
    return alphanumeric(1, 6);
  }

  /** One generator per event type, each making events on {@code date}. */
  public static List<Gen<? extends RequestEvent>> eventsByType(LocalDate date) {
    Gen<String> id = shortIds();
    return List.of(
        orNull(text(50)).map(n -> Received.builder().date(date).note(n).build()),
        lists()
            .of(text(30))
            .ofSizeBetween(1, 3)
            .zip(
                orNull(integers().between(1, 30).map(date::plusDays)),
                (items, due) ->
                    CorrectionRequested.builder().date(date).items(items).correctionDueDate(due).build()),
        Generate.constant(Corrected.of(date)),
        id.zip(text(20), (c, t) -> ThirdPartyConsultationSent.of(date, c, t)),
        id.zip(enums(ThirdPartyPosition.class), (c, p) -> ThirdPartyReplied.of(date, c, p)),
        id.zip(text(20), (c, a) -> AgencyConsultationSent.of(date, c, a)),
        id.zip(text(20), (c, a) -> AgencyConsultationReplied.of(date, c, a)),
        integers().between(1, 20).map(n -> ExtensionApproved.of(date, n)),
        integers().between(1, 200).zip(text(40), (n, r) -> Art35DeadlineSet.of(date, date.plusDays(n), r)),
        positiveYuan()
            .zip(
                enums(FeeMethod.class),
                integers().between(1, 500),
                (a, m, q) -> FeeNoticeIssued.of(date, a, m, q)),
        orNull(positiveYuan()).map(a -> FeePaid.builder().date(date).amount(a).build()),
        answered(date),
        orNull(text(50)).map(n -> Withdrawn.builder().date(date).note(n).build()),
        Generate.pick(List.of(OutcomeGround.OTHER_CORRECTION_NOT_MADE, OutcomeGround.OTHER_FEE_NOT_PAID))
            .map(g -> DeemedAbandoned.of(date, g)));
  }

  /** Any event on {@code date}. */
  public static Gen<RequestEvent> event(LocalDate date) {
    return oneOf(eventsByType(date));
  }

  /** Any event on any date. */
  public static Gen<RequestEvent> events() {
    return dates().flatMap(GongkaiGens::event);
  }

  /** A history of up to 8 events starting on or after {@code start}, dates non-decreasing. */
  public static Gen<List<RequestEvent>> history(LocalDate start) {
    return lists()
        .of(integers().between(0, 15))
        .ofSizeBetween(0, 8)
        .flatMap(
            gaps -> {
              Gen<List<RequestEvent>> out = Generate.constant(List.<RequestEvent>of());
              LocalDate date = start;
              for (int gap : gaps) {
                date = date.plusDays(gap);
                Gen<RequestEvent> next = event(date);
                out = out.zip(next, GongkaiGens::append);
              }
              return out;
            });
  }

  private static <T> List<T> append(List<T> list, T t) {
    List<T> out = new ArrayList<>(list);
    out.add(t);
    return out;
  }

  /** Builders of valid requests without events. */
  public static Gen<InformationRequest.Builder> requestHeads() {
    Gen<Object[]> head =
        identifiers(1, 12)
            .zip(text(30), applicants(), enums(Channel.class), (id, agency, applicant, channel) ->
                new Object[] {id, agency, applicant, channel});
    return head.zip(
        dates(),
        text(200),
        enums(InformationForm.class),
        enums(DeliveryMethod.class),
        (h, submitted, description, form, delivery) ->
            InformationRequest.builder()
                .id((String) h[0])
                .agency((String) h[1])
                .applicant((Applicant) h[2])
                .channel((Channel) h[3])
                .submittedOn(submitted)
                .description(description)
                .requestedForm(form)
                .delivery(delivery));
  }

  public static Gen<InformationRequest> requests() {
    return requestHeads()
        .flatMap(
            b ->
                history(b.build().getSubmittedOn())
                    .zip(
                        orNull(enums(Regime.class)),
                        (events, regime) ->
                            InformationRequest.builder()
                                .from(b.build())
                                .events(events)
                                .regimeOverride(regime)
                                .build()));
  }

  // ---- items

  public static Gen<SecrecyMarking> secrecyMarkings() {
    return enums(SecrecyLevel.class)
        .zip(
            orNull(integers().between(1, 30)),
            orNull(dates()),
            orNull(integers().between(0, 4000)),
            (level, years, marked, later) ->
                SecrecyMarking.builder()
                    .level(level)
                    .periodYears(years)
                    .markedOn(marked)
                    .declassifiedOn(marked == null || later == null ? null : marked.plusDays(later))
                    .build());
  }

  public static Gen<InformationItem> items() {
    Gen<List<ThirdPartyInterest>> interests =
        lists()
            .of(
                enums(ThirdPartyInterestKind.class)
                    .zip(
                        text(20),
                        enums(ConsentState.class),
                        (k, t, c) -> ThirdPartyInterest.builder().kind(k).thirdParty(t).consent(c).build()))
            .ofSizeBetween(0, 3);
    Gen<Publication> publication =
        enums(PublicationMedium.class)
            .zip(
                orNull(text(40)),
                orNull(dates()),
                (m, l, d) -> Publication.builder().medium(m).location(l).publishedOn(d).build());
    Gen<Set<String>> coProducers =
        lists().of(text(20).map(s -> "C:" + s)).ofSizeBetween(0, 3).map(l -> new LinkedHashSet<>(l));
    Gen<InformationItem.Builder> head =
        identifiers(1, 20)
            .zip(
                text(60),
                orNull(text(20)),
                text(20).map(s -> "P:" + s),
                (id, title, number, producer) ->
                    InformationItem.builder()
                        .id(id)
                        .title(title)
                        .documentNumber(number)
                        .producingAgency(producer))
            .zip(
                coProducers,
                dates(),
                orNull(integers().between(0, 1000)),
                orNull(enums(ProactiveCategory.class)),
                (b, co, formed, changed, category) ->
                    b.coProducers(co)
                        .formedOn(formed)
                        .changedOn(changed == null ? null : formed.plusDays(changed))
                        .proactiveCategory(category));
    Gen<Object[]> facts =
        orNull(secrecyMarkings())
            .zip(
                interests,
                orNull(enums(InternalAffairsKind.class)),
                orNull(enums(ProcessInformationKind.class)),
                (s, i, ia, p) -> new Object[] {s, i, ia, p});
    Gen<Object[]> rest =
        Generate.booleans()
            .zip(
                orNull(enums(SpecialAccessRoute.class)),
                orNull(publication),
                orNull(text(40)),
                (caseFile, route, pub, law) -> new Object[] {caseFile, route, pub, law});
    return head.zip(facts, rest, GongkaiGens::item);
  }

  @SuppressWarnings("unchecked")
  private static InformationItem item(InformationItem.Builder b, Object[] facts, Object[] rest) {
    return b.secrecyMarking((SecrecyMarking) facts[0])
        .thirdPartyInterests((List<ThirdPartyInterest>) facts[1])
        .internalAffairsKind((InternalAffairsKind) facts[2])
        .processInformationKind((ProcessInformationKind) facts[3])
        .enforcementCaseFile((Boolean) rest[0])
        .specialAccessRoute((SpecialAccessRoute) rest[1])
        .publishedAt((Publication) rest[2])
        .prohibitingLaw((String) rest[3])
        .build();
  }

  // ---- remedies

  private static final Gen<CaseResult> DECIDED =
      Generate.pick(List.of(CaseResult.MAINTAINED, CaseResult.CORRECTED, CaseResult.OTHER));

  public static Gen<ReviewCase> reviewCases() {
    return text(20)
        .zip(text(20), orNull(text(10)), (id, agency, req) -> new String[] {id, agency, req})
        .zip(
            dates(),
            orNull(integers().between(0, 400)),
            DECIDED,
            (s, filed, after, result) ->
                ReviewCase.builder()
                    .id(s[0])
                    .agency(s[1])
                    .requestId(s[2])
                    .filedOn(filed)
                    .decidedOn(after == null ? null : filed.plusDays(after))
                    .result(after == null ? CaseResult.PENDING : result)
                    .build());
  }

  public static Gen<LitigationCase> litigationCases() {
    return text(20)
        .zip(text(20), orNull(text(10)), (id, agency, review) -> new String[] {id, agency, review})
        .zip(
            enums(LitigationRoute.class),
            dates(),
            orNull(integers().between(0, 400)),
            DECIDED,
            (s, route, filed, after, result) ->
                LitigationCase.builder()
                    .id(s[0])
                    .agency(s[1])
                    .route(route)
                    .reviewCaseId(route == LitigationRoute.AFTER_REVIEW ? s[2] : null)
                    .filedOn(filed)
                    .decidedOn(after == null ? null : filed.plusDays(after))
                    .result(after == null ? CaseResult.PENDING : result)
                    .build());
  }
}

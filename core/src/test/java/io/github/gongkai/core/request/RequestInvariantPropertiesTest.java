package io.github.gongkai.core.request;

import static io.github.gongkai.core.GongkaiGens.dates;
import static io.github.gongkai.core.GongkaiGens.requests;
import static io.github.gongkai.core.GongkaiGens.text;
import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gongkai.core.GongkaiGens;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.MissingValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.money.Yuan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The builders of {@code core.request} reject every broken invariant: start from a valid generated
 * value, break one invariant, and expect an {@link InvalidValueException} (or {@link
 * MissingValueException}) that names the field and never carries a whole identity number.
 */
class RequestInvariantPropertiesTest {

  /** Runs {@code build}, expects an {@link InvalidValueException} on {@code field}, returns it. */
  private static InvalidValueException rejects(ThrowingCallable build, String field) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("an InvalidValueException on %s", field).isNotNull();
    assertThat(e.getField()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
    return e;
  }

  /** The message of {@code e} does not contain the identity number of the request's applicant. */
  private static void hidesIdentity(InvalidValueException e, InformationRequest r) {
    IdentityProof proof = r.getApplicant().getIdentityProof();
    if (proof != null) {
      assertThat(e.getMessage()).doesNotContain(proof.getNumber());
    }
  }

  /** {@code r} with the history {@code events} is rejected on {@code field}, hiding the identity. */
  private static InvalidValueException rejectsHistory(
      InformationRequest r, List<RequestEvent> events, String field) {
    InvalidValueException e = rejects(() -> InformationRequest.builder().from(r).events(events).build(), field);
    hidesIdentity(e, r);
    return e;
  }

  /** Blank strings: empty, spaces, tabs, line breaks and the ideographic space. */
  static Gen<String> blanks() {
    return GongkaiGens.strings(GongkaiGens.chars(" \t\n\r\u3000"), 0, 4);
  }

  // ---- InformationRequest

  static final List<String> REQUEST_ATTRIBUTES =
      List.of(
          "id", "agency", "applicant", "channel", "submittedOn", "description", "requestedForm", "delivery");

  /** A builder with every required attribute of {@code r} but {@code omitted}. */
  static InformationRequest.Builder without(InformationRequest r, String omitted) {
    InformationRequest.Builder b = InformationRequest.builder();
    List<Consumer<InformationRequest.Builder>> setters =
        List.of(
            x -> x.id(r.getId()),
            x -> x.agency(r.getAgency()),
            x -> x.applicant(r.getApplicant()),
            x -> x.channel(r.getChannel()),
            x -> x.submittedOn(r.getSubmittedOn()),
            x -> x.description(r.getDescription()),
            x -> x.requestedForm(r.getRequestedForm()),
            x -> x.delivery(r.getDelivery()));
    for (int i = 0; i < setters.size(); i++) {
      if (!REQUEST_ATTRIBUTES.get(i).equals(omitted)) {
        setters.get(i).accept(b);
      }
    }
    return b.events(r.getEvents()).regimeOverride(r.getRegimeOverride());
  }

  @Test
  void a_request_without_a_required_attribute_names_it() {
    qt(100).forAll(requests(), Generate.pick(REQUEST_ATTRIBUTES))
        .checkAssert(
            (r, omitted) -> {
              assertThat(without(r, "none").build()).isEqualTo(r);
              MissingValueException e =
                  catchThrowableOfType(MissingValueException.class, () -> without(r, omitted).build());
              assertThat(e).isNotNull();
              assertThat(e.getMissing()).containsExactly(omitted);
              assertThat(e.getMessage()).contains(omitted);
              hidesIdentity(e, r);
            });
  }

  @Test
  void a_null_argument_names_the_attribute() {
    InformationRequest.Builder b = InformationRequest.builder();
    assertThat(catchThrowableOfType(MissingValueException.class, () -> b.id(null)).getMissing())
        .containsExactly("id");
    assertThat(catchThrowableOfType(MissingValueException.class, () -> b.applicant(null)).getMissing())
        .containsExactly("applicant");
    assertThat(catchThrowableOfType(MissingValueException.class, () -> b.submittedOn(null)).getMissing())
        .containsExactly("submittedOn");
    assertThatThrownBy(() -> Received.of(null)).isInstanceOf(MissingValueException.class).hasMessageContaining("date");
  }

  @Test
  void a_blank_id_is_rejected() {
    qt(100).forAll(requests(), blanks())
        .checkAssert(
            (r, blank) -> hidesIdentity(rejects(() -> InformationRequest.builder().from(r).id(blank).build(), "id"), r));
  }

  @Test
  void a_submission_before_the_regulation_is_rejected() {
    qt(100).forAll(requests(), integers().between(1, 5000))
        .checkAssert(
            (r, daysBefore) -> {
              LocalDate early = LocalDate.of(2008, 5, 1).minusDays(daysBefore);
              InvalidValueException e =
                  rejects(
                      () -> InformationRequest.builder().from(r).submittedOn(early).events(List.of()).build(),
                      "submittedOn");
              assertThat(e.getValue()).isEqualTo(early.toString());
              hidesIdentity(e, r);
            });
  }

  @Test
  void an_event_before_the_submission_date_is_rejected() {
    qt(100).forAll(requests(), integers().between(1, 400))
        .checkAssert(
            (r, daysBefore) -> {
              List<RequestEvent> events = new ArrayList<>(r.getEvents());
              events.add(0, Received.of(r.getSubmittedOn().minusDays(daysBefore)));
              assertThat(rejectsHistory(r, events, "events[0].date").getMessage()).contains("submission date");
            });
  }

  @Test
  void events_out_of_date_order_are_rejected_at_the_first_late_one() {
    qt(100).forAll(requests(), integers().between(1, 30), integers().between(0, 7))
        .assuming((r, gap, at) -> !r.getEvents().isEmpty())
        .checkAssert(
            (r, gap, at) -> {
              // after the event at i, insert an event dated before it
              List<RequestEvent> events = new ArrayList<>(r.getEvents());
              int i = Math.min(at, events.size() - 1);
              LocalDate earlier = events.get(i).getDate().minusDays(gap);
              events.add(i + 1, Withdrawn.of(earlier));
              assertThat(rejectsHistory(r, events, "events[" + (i + 1) + "].date").getValue())
                  .isEqualTo("withdrawn on " + earlier);
            });
  }

  @Test
  void withEvent_appends_in_order_and_rejects_an_earlier_one() {
    qt(100).forAll(requests(), integers().between(0, 20))
        .checkAssert(
            (r, gap) -> {
              LocalDate last = r.getEvents().isEmpty() ? r.getSubmittedOn() : r.getEvents().get(r.getEvents().size() - 1).getDate();
              InformationRequest more = r.withEvent(Withdrawn.of(last.plusDays(gap)));
              assertThat(more.getEvents().subList(0, r.getEvents().size())).isEqualTo(r.getEvents());
              assertThat(more.getEvents()).hasSize(r.getEvents().size() + 1).last().isEqualTo(Withdrawn.of(last.plusDays(gap)));
              rejects(() -> r.withEvent(Withdrawn.of(last.minusDays(gap + 1))), "events[" + r.getEvents().size() + "].date");
              assertThatThrownBy(() -> r.withEvent(null)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("event");
            });
  }

  // ---- applicant, contacts and identity proof

  @Test
  void an_identity_document_of_the_wrong_kind_of_applicant_is_rejected() {
    qt().forAll(GongkaiGens.applicants())
        .checkAssert(
            a -> {
              // an organisation's code for a person, a person's identity card for an organisation
              IdentityProof wrong =
                  a.getType().isOrganization()
                      ? IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, "11010519491231002X")
                      : IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y43");
              InvalidValueException e =
                  rejects(() -> Applicant.builder().from(a).identityProof(wrong).build(), "identityProof.documentType");
              assertThat(e.getMessage()).contains(a.getType().getCode()).doesNotContain(wrong.getNumber());
            });
  }

  @Test
  void contacts_with_no_way_to_reach_the_applicant_are_rejected() {
    qt().forAll(GongkaiGens.orNull(blanks(), 50), GongkaiGens.orNull(blanks(), 50), GongkaiGens.orNull(blanks(), 50), GongkaiGens.orNull(GongkaiGens.digits(6), 50))
        .checkAssert(
            (phone, email, address, code) ->
                rejects(
                    () -> Contacts.builder().phone(phone).email(email).postalAddress(address).postalCode(code).build(),
                    "contacts"));
  }

  @Test
  void a_malformed_resident_identity_number_is_rejected_masked() {
    Gen<String> malformed =
        GongkaiGens.residentIdNumbers()
            .zip(
                integers().between(0, 17),
                GongkaiGens.chars("ABCDEFGHJKLMNPQRTUWYZ-#文"),
                (id, pos, c) -> id.substring(0, pos) + c + id.substring(pos + 1));
    qt().forAll(malformed)
        .checkAssert(
            bad -> {
              InvalidValueException e =
                  rejects(() -> IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, bad), "identityProof.number");
              assertThat(e.getMessage()).doesNotContain(bad);
              assertThat(e.getValue()).isNotEqualTo(bad).hasSameSizeAs(bad);
            });
  }

  @Test
  void a_malformed_credit_code_is_rejected() {
    Gen<String> malformed =
        GongkaiGens.unifiedSocialCreditCodes()
            .zip(integers().between(0, 17), GongkaiGens.chars("IOSVZ-文"), (code, pos, c) -> code.substring(0, pos) + c + code.substring(pos + 1));
    qt().forAll(malformed)
        .checkAssert(bad -> rejects(() -> IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, bad), "identityProof.number"));
  }

  @Test
  void identity_numbers_are_stripped_and_upper_cased_not_rejected() {
    qt().forAll(GongkaiGens.residentIdNumbers(), GongkaiGens.unifiedSocialCreditCodes())
        .checkAssert(
            (id, code) -> {
              assertThat(IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, " " + id.toLowerCase() + "\t").getNumber()).isEqualTo(id);
              assertThat(IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, code + " ").getNumber()).isEqualTo(code);
            });
  }

  // ---- events

  private static final Set<OutcomeGround> ABANDONMENT =
      EnumSet.of(OutcomeGround.OTHER_CORRECTION_NOT_MADE, OutcomeGround.OTHER_FEE_NOT_PAID);

  @Test
  void an_answer_rejects_an_abandonment_ground_a_partial_release_without_items_and_repeated_items() {
    qt().forAll(dates(), GongkaiGens.itemOutcomes(4), Generate.pick(List.copyOf(ABANDONMENT)))
        .checkAssert(
            (date, items, abandonment) -> {
              rejects(() -> Answered.builder().date(date).outcome(abandonment).itemOutcomes(items).build(), "outcome");
              rejects(() -> Answered.of(date, OutcomeGround.PARTIALLY_RELEASED), "itemOutcomes");
              if (!items.isEmpty()) {
                List<ItemOutcome> repeated = new ArrayList<>(items);
                repeated.add(items.get(0));
                InvalidValueException e =
                    rejects(
                        () -> Answered.builder().date(date).outcome(OutcomeGround.PARTIALLY_RELEASED).itemOutcomes(repeated).build(),
                        "itemOutcomes");
                assertThat(e.getValue()).isEqualTo(items.get(0).getItemId());
              }
            });
  }

  @Test
  void an_item_outcome_needs_an_item_id() {
    qt().forAll(blanks(), GongkaiGens.enums(OutcomeGround.class))
        .checkAssert((blank, ground) -> rejects(() -> ItemOutcome.of(blank, ground), "itemId"));
  }

  @Test
  void a_correction_request_needs_items_and_a_due_date_after_it() {
    qt().forAll(dates(), integers().between(0, 400))
        .checkAssert(
            (date, daysBefore) -> {
              rejects(() -> CorrectionRequested.builder().date(date).build(), "items");
              InvalidValueException e =
                  rejects(
                      () -> CorrectionRequested.builder().date(date).addItems("申请内容").correctionDueDate(date.minusDays(daysBefore)).build(),
                      "correctionDueDate");
              assertThat(e.getValue()).isEqualTo(date.minusDays(daysBefore).toString());
            });
  }

  @Test
  void a_fee_notice_needs_an_amount_and_a_quantity() {
    qt().forAll(dates(), GongkaiGens.enums(FeeMethod.class), integers().between(-1000, 0), integers().between(1, 500))
        .checkAssert(
            (date, method, badQuantity, quantity) -> {
              rejects(() -> FeeNoticeIssued.of(date, Yuan.ZERO, method, quantity), "amount");
              rejects(() -> FeeNoticeIssued.of(date, Yuan.ofFen(quantity), method, badQuantity), "quantity");
            });
  }

  @Test
  void an_extension_is_1_to_20_working_days() {
    Gen<Integer> outside = integers().between(-1000, 0).mix(integers().between(21, 1000));
    qt().forAll(dates(), outside, integers().between(1, 20))
        .checkAssert(
            (date, bad, good) -> {
              InvalidValueException e = rejects(() -> ExtensionApproved.of(date, bad), "workingDays");
              assertThat(e.getValue()).isEqualTo(Integer.toString(bad));
              assertThat(ExtensionApproved.of(date, good).getWorkingDays()).isEqualTo(good);
            });
  }

  @Test
  void an_art35_deadline_is_after_its_notice() {
    qt().forAll(dates(), integers().between(0, 400), text(20))
        .checkAssert(
            (date, daysBefore, reason) ->
                rejects(() -> Art35DeadlineSet.of(date, date.minusDays(daysBefore), reason), "dueDate"));
  }

  @Test
  void consultation_events_need_a_consultation_id() {
    qt().forAll(dates(), blanks(), text(20))
        .checkAssert(
            (date, blank, party) -> {
              rejects(() -> ThirdPartyConsultationSent.of(date, blank, party), "consultationId");
              rejects(() -> ThirdPartyReplied.of(date, blank, ThirdPartyPosition.CONSENTS), "consultationId");
              rejects(() -> AgencyConsultationSent.of(date, blank, party), "consultationId");
              rejects(() -> AgencyConsultationReplied.of(date, blank, party), "consultationId");
            });
  }

  @Test
  void deemed_abandonment_takes_only_its_two_grounds() {
    qt().forAll(dates(), GongkaiGens.enums(OutcomeGround.class))
        .checkAssert(
            (date, ground) -> {
              if (ABANDONMENT.contains(ground)) {
                assertThat(DeemedAbandoned.of(date, ground).getGround()).isEqualTo(ground);
              } else {
                InvalidValueException e = rejects(() -> DeemedAbandoned.of(date, ground), "ground");
                assertThat(e.getValue()).isEqualTo(ground.getCode());
              }
            });
  }

  @Test
  void every_event_type_needs_a_date() {
    for (EventKind kind : EventKind.values()) {
      assertThat(kind.getCode()).isNotBlank();
    }
    rejectsMissingDate(() -> Received.builder().build());
    rejectsMissingDate(() -> Corrected.builder().build());
    rejectsMissingDate(() -> Withdrawn.builder().build());
    rejectsMissingDate(() -> FeePaid.builder().build());
    rejectsMissingDate(() -> ExtensionApproved.builder().workingDays(5).build());
    rejectsMissingDate(() -> Answered.builder().outcome(OutcomeGround.RELEASED).build());
    rejectsMissingDate(() -> DeemedAbandoned.builder().ground(OutcomeGround.OTHER_FEE_NOT_PAID).build());
  }

  private static void rejectsMissingDate(ThrowingCallable build) {
    MissingValueException e = catchThrowableOfType(MissingValueException.class, build);
    assertThat(e).isNotNull();
    assertThat(e.getMissing()).containsExactly("date");
  }

  // ---- constraints checked by a Validator rather than by the builders

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void closeValidator() {
    FACTORY.close();
  }

  private static Set<String> violatedPaths(InformationRequest r) {
    return VALIDATOR.validate(r).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  /** One broken constraint: the path it is reported at and how to break it. */
  record Breakage(String path, UnaryOperator<InformationRequest> breakIt) {}

  static Gen<Breakage> breakages() {
    String long201 = "名".repeat(201);
    return Generate.pick(
        List.of(
            new Breakage("agency", r -> InformationRequest.builder().from(r).agency(" \t").build()),
            new Breakage("description", r -> InformationRequest.builder().from(r).description("\u3000").build()),
            new Breakage(
                "description", r -> InformationRequest.builder().from(r).description("字".repeat(10_001)).build()),
            new Breakage(
                "applicant.name",
                r -> InformationRequest.builder().from(r).applicant(Applicant.builder().from(r.getApplicant()).name(long201).build()).build()),
            new Breakage(
                "applicant.contacts.postalCode",
                r ->
                    InformationRequest.builder()
                        .from(r)
                        .applicant(
                            Applicant.builder()
                                .from(r.getApplicant())
                                .contacts(Contacts.builder().from(r.getApplicant().getContacts()).postalCode("10003").build())
                                .build())
                        .build()),
            new Breakage(
                "events[0].note",
                r -> InformationRequest.builder().from(r).events(List.of(Received.builder().date(r.getSubmittedOn()).note("注".repeat(2001)).build())).build())));
  }

  @Test
  void a_validator_reports_each_broken_constraint_at_its_field() {
    qt(100).forAll(requests(), breakages())
        .checkAssert(
            (r, b) -> {
              assertThat(violatedPaths(r)).isEmpty();
              assertThat(violatedPaths(b.breakIt().apply(r))).containsExactly(b.path());
            });
  }
}

package io.github.gongkai.core.request;

import static io.github.gongkai.core.Fixtures.RESIDENT_ID;
import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.MissingValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.money.Yuan;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestModelTest {

  @Test
  void identity_number_is_masked_in_toString_of_proof_applicant_and_request() {
    IdentityProof proof = IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, RESIDENT_ID);
    assertThat(proof.toString()).contains("110***********002X").doesNotContain(RESIDENT_ID);
    assertThat(Fixtures.person().toString()).doesNotContain(RESIDENT_ID).doesNotContain("13812345678");
    assertThat(Fixtures.request().toString()).doesNotContain(RESIDENT_ID);
    assertThat(proof.getNumber()).isEqualTo(RESIDENT_ID);
    assertThat(proof.getMaskedNumber()).isEqualTo("110***********002X");
  }

  @Test
  void malformed_identity_number_is_rejected_with_a_masked_value() {
    String bad = "11010519491231002Y";
    assertThatThrownBy(() -> IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, bad))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("identityProof.number")
        .hasMessageContaining("17 digits and a check character")
        .hasMessageContaining("110***********002Y")
        .hasMessageNotContaining(bad);
  }

  @Test
  void identity_number_is_normalised() {
    IdentityProof p =
        IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, " 11010519491231002x\t");
    assertThat(p.getNumber()).isEqualTo(RESIDENT_ID);
    assertThat(p).isEqualTo(IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, RESIDENT_ID));
    assertThat(IdentityProof.of(IdentityDocumentType.PASSPORT, " e1234567 ").getNumber())
        .isEqualTo("e1234567");
  }

  @Test
  void document_must_fit_the_applicant_type() {
    IdentityProof uscc =
        IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y43");
    assertThatThrownBy(
            () ->
                Applicant.builder()
                    .type(ApplicantType.NATURAL_PERSON)
                    .name("张三")
                    .identityProof(uscc)
                    .contacts(Contacts.ofPhone("13812345678"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "identityProof.documentType: must be a document that can identify a natural-person"
                + " - but was: unified-social-credit-code");
    assertThat(Fixtures.company().getIdentityProof()).isEqualTo(uscc);
  }

  @Test
  void contacts_need_at_least_one_way_to_reach_the_applicant() {
    assertThatThrownBy(() -> Contacts.builder().postalCode("100032").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one of phone, email, postalAddress");
  }

  @Test
  void builders_report_missing_and_null_values_as_gongkai_exceptions() {
    assertThatThrownBy(() -> Applicant.builder().type(ApplicantType.NATURAL_PERSON).build())
        .isInstanceOf(MissingValueException.class)
        .satisfies(
            e -> assertThat(((MissingValueException) e).getMissing()).containsExactly("name", "contacts"));
    assertThatThrownBy(() -> Received.of(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("date: is required - but was: null");
  }

  @Test
  void events_must_not_predate_submission_nor_go_back_in_time() {
    assertThatThrownBy(
            () -> Fixtures.requestBuilder().addEvents(Received.of(d("2024-02-27"))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("events[0].date")
        .hasMessageContaining("submission date 2024-02-28");
    assertThatThrownBy(
            () ->
                Fixtures.requestBuilder()
                    .addEvents(Received.of(d("2024-03-01")), Corrected.of(d("2024-02-29")))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("events[1].date")
        .hasMessageContaining("corrected on 2024-02-29");
  }

  @Test
  void submission_before_the_2008_regulation_is_rejected() {
    assertThatThrownBy(() -> Fixtures.requestBuilder().submittedOn(d("2008-04-30")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("submittedOn");
  }

  @Test
  void regime_follows_submission_date_unless_overridden() {
    assertThat(Fixtures.requestBuilder().build().getRegime()).isEqualTo(Regime.R2019);
    assertThat(Fixtures.requestBuilder().submittedOn(d("2019-05-14")).build().getRegime())
        .isEqualTo(Regime.R2008);
    assertThat(
            Fixtures.requestBuilder()
                .submittedOn(d("2019-05-14"))
                .regimeOverride(Regime.R2019)
                .build()
                .getRegime())
        .isEqualTo(Regime.R2019);
  }

  @Test
  void withEvent_appends_and_checks_order() {
    InformationRequest r = Fixtures.requestBuilder().build().withEvent(Received.of(d("2024-03-01")));
    assertThat(r.getEvents()).containsExactly(Received.of(d("2024-03-01")));
    assertThatThrownBy(() -> r.withEvent(Corrected.of(d("2024-02-29"))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void every_event_kind_has_a_subtype_and_the_fixture_covers_all() {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (RequestEvent e : Fixtures.everyEvent()) {
      kinds.add(e.getKind());
      Class<?> subtype = null;
      for (Class<?> p : RequestEvent.class.getPermittedSubclasses()) {
        if (p.isInstance(e)) {
          subtype = p;
        }
      }
      assertThat(subtype).isNotNull();
      String expected =
          subtype.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
      assertThat(e.getKind().name()).isEqualTo(expected);
    }
    assertThat(kinds).containsExactlyInAnyOrder(EventKind.values());
    assertThat(RequestEvent.class.getPermittedSubclasses()).hasSize(EventKind.values().length);
  }

  @Test
  void extension_is_1_to_20_working_days() {
    assertThat(ExtensionApproved.of(d("2024-03-01"), 1).getWorkingDays()).isEqualTo(1);
    assertThatThrownBy(() -> ExtensionApproved.of(d("2024-03-01"), 0))
        .hasMessage("workingDays: must be 1 to 20 working days (Art.33(2)) - but was: 0");
    assertThatThrownBy(() -> ExtensionApproved.of(d("2024-03-01"), 21))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("but was: 21");
  }

  @Test
  void partial_answer_needs_item_outcomes_and_abandonment_is_not_an_answer() {
    assertThatThrownBy(() -> Answered.of(d("2024-03-01"), OutcomeGround.PARTIALLY_RELEASED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("itemOutcomes")
        .hasMessageContaining("Art.37");
    assertThatThrownBy(() -> Answered.of(d("2024-03-01"), OutcomeGround.OTHER_CORRECTION_NOT_MADE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("but was: other-correction-not-made");
    assertThatThrownBy(
            () ->
                Answered.builder()
                    .date(d("2024-03-01"))
                    .outcome(OutcomeGround.PARTIALLY_RELEASED)
                    .addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED))
                    .addItemOutcomes(ItemOutcome.of("1", OutcomeGround.WITHHELD_STATE_SECRET))
                    .build())
        .hasMessageContaining("must not repeat an item id");
    assertThat(Answered.of(d("2024-03-01"), OutcomeGround.RELEASED).getItemOutcomes()).isEmpty();
  }

  @Test
  void deemed_abandoned_only_on_the_two_abandonment_grounds() {
    assertThat(DeemedAbandoned.of(d("2024-03-01"), OutcomeGround.OTHER_CORRECTION_NOT_MADE).getGround())
        .isEqualTo(OutcomeGround.OTHER_CORRECTION_NOT_MADE);
    assertThatThrownBy(() -> DeemedAbandoned.of(d("2024-03-01"), OutcomeGround.OTHER))
        .hasMessage(
            "ground: must be other-correction-not-made or other-fee-not-paid - but was: other");
  }

  @Test
  void correction_lists_items_and_a_period_after_the_notice() {
    assertThatThrownBy(() -> CorrectionRequested.of(d("2024-03-01")))
        .hasMessageContaining("at least one item");
    assertThatThrownBy(
            () ->
                CorrectionRequested.builder()
                    .date(d("2024-03-05"))
                    .addItems("x")
                    .correctionDueDate(d("2024-03-05"))
                    .build())
        .hasMessageContaining("correctionDueDate");
  }

  @Test
  void art35_deadline_after_notice_and_fee_notice_positive() {
    assertThatThrownBy(() -> Art35DeadlineSet.of(d("2024-03-05"), d("2024-03-01"), "r"))
        .hasMessageContaining("dueDate");
    assertThatThrownBy(
            () -> FeeNoticeIssued.of(d("2024-03-05"), Yuan.ZERO, FeeMethod.PER_VOLUME, 40))
        .hasMessageContaining("amount: must be more than 0.00");
    assertThatThrownBy(
            () -> FeeNoticeIssued.of(d("2024-03-05"), Yuan.of(10), FeeMethod.PER_VOLUME, 0))
        .hasMessageContaining("quantity");
  }

  @Test
  void consultation_ids_must_not_be_blank() {
    assertThatThrownBy(() -> ThirdPartyConsultationSent.of(d("2024-03-05"), " ", "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("consultationId");
  }

  @Test
  void channel_confirmation_follows_art31() {
    assertThat(EnumSet.allOf(Channel.class).stream().filter(Channel::requiresConfirmation))
        .containsExactlyInAnyOrder(
            Channel.ORDINARY_LETTER, Channel.ONLINE_PLATFORM, Channel.EMAIL, Channel.FAX);
  }

  @Test
  void applicant_types_are_the_report_columns() {
    assertThat(ApplicantType.values()).hasSize(6);
    assertThat(EnumSet.allOf(ApplicantType.class).stream().filter(ApplicantType::isOrganization))
        .hasSize(5)
        .doesNotContain(ApplicantType.NATURAL_PERSON);
    assertThat(ApplicantType.RESEARCH_INSTITUTION.getLabelZh()).isEqualTo("科研机构");
  }
}

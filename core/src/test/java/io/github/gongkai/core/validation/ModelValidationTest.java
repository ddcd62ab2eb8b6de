package io.github.gongkai.core.validation;

import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.ThirdPartyInterest;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A plain Jakarta Validator — Hibernate Validator with no configuration at all — finds the
 * constraint violations on gongkai's types, with messages in English and Chinese.
 */
class ModelValidationTest {
  /**
   * One plain factory for this class and the other validation tests ({@link #inLocale}); it lives
   * as long as the test JVM, so no test class closes it under another.
   */
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private static final Validator PLAIN = FACTORY.getValidator();

  /** A validator whose messages are in {@code locale}, whatever the JVM default. */
  static Validator inLocale(Locale locale) {
    MessageInterpolator base = FACTORY.getMessageInterpolator();
    MessageInterpolator fixed =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return base.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale ignored) {
            return base.interpolate(template, context, locale);
          }
        };
    return FACTORY.usingContext().messageInterpolator(fixed).getValidator();
  }

  /** property path → message, sorted. */
  static <T> Map<String, String> violations(Validator v, T object) {
    Map<String, String> out = new TreeMap<>();
    for (ConstraintViolation<T> cv : v.validate(object)) {
      out.put(cv.getPropertyPath().toString(), cv.getMessage());
    }
    return out;
  }

  static Applicant sloppyApplicant() {
    return Applicant.builder()
        .type(ApplicantType.NATURAL_PERSON)
        .name(" ")
        .identityProof(
            IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, "110105194912310021"))
        .contacts(Contacts.builder().email("not-an-address").postalCode("10003").build())
        .build();
  }

  static InformationRequest sloppyRequest() {
    return Fixtures.requestBuilder()
        .applicant(sloppyApplicant())
        .description("")
        .addEvents(Received.builder().date(d("2024-03-01")).note("x".repeat(2001)).build())
        .addEvents(CorrectionRequested.of(d("2024-03-02"), "名称", "  "))
        .build();
  }

  @Test
  void valid_fixtures_have_no_violations() {
    assertThat(PLAIN.validate(Fixtures.request())).isEmpty();
    assertThat(PLAIN.validate(Fixtures.item())).isEmpty();
    assertThat(PLAIN.validate(Fixtures.reviewCase())).isEmpty();
    assertThat(PLAIN.validate(Fixtures.litigationCase())).isEmpty();
    assertThat(PLAIN.validate(Fixtures.company())).isEmpty();
  }

  @Test
  void plain_validator_finds_violations_through_the_whole_request_in_english() {
    assertThat(violations(inLocale(Locale.ENGLISH), sloppyRequest()))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "applicant.name", "applicant name must not be blank",
                    "applicant.identityProof.number",
                        "identity document number fails the check of its document type",
                    "applicant.contacts.email", "e-mail address is not well-formed",
                    "applicant.contacts.postalCode", "postal code must be 6 digits",
                    "description",
                        "description of the information requested must not be blank (Art.29(2) item 2)",
                    "events[0].note", "note must be at most 2000 characters",
                    "events[1].items[1].<list element>", "an item to correct must not be blank")));
  }

  @Test
  void plain_validator_speaks_chinese() {
    Map<String, String> zh = violations(inLocale(Locale.SIMPLIFIED_CHINESE), sloppyRequest());
    assertThat(zh)
        .containsEntry("applicant.name", "申请人姓名或者名称不能为空")
        .containsEntry("applicant.identityProof.number", "身份证明号码未通过该证件类型的校验")
        .containsEntry("applicant.contacts.postalCode", "邮政编码应为6位数字")
        .containsEntry(
            "description", "所需政府信息的名称、文号或者特征性描述不能为空（第二十九条第二款第（二）项）")
        .containsEntry("events[0].note", "备注不能超过2000个字符")
        .hasSize(7);
  }

  @Test
  void messages_never_echo_the_identity_number() {
    for (ConstraintViolation<Applicant> cv : inLocale(Locale.ENGLISH).validate(sloppyApplicant())) {
      assertThat(cv.getMessage()).doesNotContain("110105194912310021");
    }
  }

  @Test
  void items_and_cases_are_validated_too() {
    InformationItem item =
        InformationItem.builder()
            .from(Fixtures.item())
            .title("")
            .addCoProducers(" ")
            .addThirdPartyInterests(ThirdPartyInterest.of(ThirdPartyInterestKind.COMMERCIAL_SECRET, ""))
            .build();
    assertThat(violations(inLocale(Locale.ENGLISH), item).keySet())
        .containsExactly(
            "coProducers[1].<list element>", "thirdPartyInterests[1].thirdParty", "title");
    ReviewCase c = ReviewCase.builder().from(Fixtures.reviewCase()).agency("").build();
    assertThat(violations(inLocale(Locale.SIMPLIFIED_CHINESE), c))
        .containsExactlyEntriesOf(Map.of("agency", "被申请人（被告）机关不能为空"));
  }

  @Test
  void unified_social_credit_code_check_on_organisations() {
    Applicant org =
        Applicant.builder()
            .from(Fixtures.company())
            .identityProof(
                IdentityProof.of(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y44"))
            .build();
    Set<ConstraintViolation<Applicant>> v = PLAIN.validate(org);
    assertThat(v).extracting(cv -> cv.getPropertyPath().toString())
        .containsExactly("identityProof.number");
  }
}

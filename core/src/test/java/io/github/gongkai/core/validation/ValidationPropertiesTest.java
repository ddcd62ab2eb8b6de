package io.github.gongkai.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.GongkaiArbitraries;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.InformationRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** The constraints are not stricter than the model: arbitrary valid objects pass a plain validator. */
class ValidationPropertiesTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator PLAIN = FACTORY.getValidator();

  @AfterContainer
  static void close() {
    FACTORY.close();
  }

  @Provide
  Arbitrary<InformationRequest> requests() {
    return GongkaiArbitraries.requests();
  }

  @Provide
  Arbitrary<InformationItem> items() {
    return GongkaiArbitraries.items();
  }

  @Provide
  Arbitrary<ReviewCase> reviewCases() {
    return GongkaiArbitraries.reviewCases();
  }

  @Provide
  Arbitrary<LitigationCase> litigationCases() {
    return GongkaiArbitraries.litigationCases();
  }

  @Provide
  Arbitrary<String> residentIds() {
    return GongkaiArbitraries.residentIdNumbers();
  }

  @Provide
  Arbitrary<String> creditCodes() {
    return GongkaiArbitraries.unifiedSocialCreditCodes();
  }

  @Property
  void valid_requests_have_no_violations(@ForAll("requests") InformationRequest r) {
    assertThat(PLAIN.validate(r)).isEmpty();
  }

  @Property
  void valid_items_have_no_violations(@ForAll("items") InformationItem item) {
    assertThat(PLAIN.validate(item)).isEmpty();
  }

  @Property
  void valid_cases_have_no_violations(
      @ForAll("reviewCases") ReviewCase review, @ForAll("litigationCases") LitigationCase suit) {
    assertThat(PLAIN.validate(review)).isEmpty();
    assertThat(PLAIN.validate(suit)).isEmpty();
  }

  record IdForm(@ResidentIdNumber String id, @UnifiedSocialCreditCode String code) {}

  @Property
  void generated_identifiers_pass_and_a_changed_check_character_fails(
      @ForAll("residentIds") String id, @ForAll("creditCodes") String code) {
    assertThat(PLAIN.validate(new IdForm(id, code))).isEmpty();
    String badId = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    String badCode = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    assertThat(PLAIN.validate(new IdForm(badId, badCode))).hasSize(2);
  }
}

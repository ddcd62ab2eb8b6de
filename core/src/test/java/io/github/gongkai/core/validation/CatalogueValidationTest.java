package io.github.gongkai.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.catalogue.CatalogueEntry;
import io.github.gongkai.core.catalogue.DisclosureAttribute;
import io.github.gongkai.core.catalogue.DisclosureGuide;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bean Validation finds the faults the catalogue and guide builders leave to it, in English and Chinese. */
class CatalogueValidationTest {
  private static DisclosureGuide.Builder guide() {
    return DisclosureGuide.builder()
        .agency("江河市自然资源和规划局")
        .compiledOn(LocalDate.of(2024, 9, 1))
        .acceptanceOffice("办公室")
        .address("江河市人民路88号")
        .hours("工作日")
        .phone("0731-8000 0000")
        .addProcedure("提出申请")
        .fees("不收费")
        .reviewBody("江河市人民政府")
        .court("江河市中级人民法院");
  }

  private static Set<String> messages(Object bean, Locale locale) {
    return ModelValidationTest.inLocale(locale).validate(bean).stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toSet());
  }

  @Test
  void a_well_formed_guide_and_entry_have_no_violations() {
    assertThat(ModelValidationTest.inLocale(Locale.ENGLISH).validate(guide().email("a@b.example").postalCode("410000").build())).isEmpty();
  }

  @Test
  void a_malformed_email_and_postal_code_are_reported_in_both_languages() {
    DisclosureGuide g = guide().email("not-an-address").postalCode("4100").build();
    assertThat(messages(g, Locale.ENGLISH))
        .containsExactlyInAnyOrder("email: e-mail address is not well-formed", "postalCode: postal code must be six digits");
    assertThat(messages(g, Locale.SIMPLIFIED_CHINESE))
        .containsExactlyInAnyOrder("email: 电子邮箱格式不正确", "postalCode: 邮政编码应为6位数字");
  }

  @Test
  void an_entry_title_too_long_and_a_time_limit_too_long() {
    CatalogueEntry e = CatalogueEntry.builder().indexNumber("A-1").classCode("01").title("长".repeat(1001))
        .producingOffice("办公室").formedOn(LocalDate.of(2024, 9, 2)).attribute(DisclosureAttribute.PROACTIVE)
        .timeLimitWorkingDays(400).build();
    Set<ConstraintViolation<CatalogueEntry>> v = ModelValidationTest.inLocale(Locale.ENGLISH).validate(e);
    assertThat(v).extracting(x -> x.getPropertyPath().toString()).containsExactlyInAnyOrder("title", "timeLimitWorkingDays");
    assertThat(messages(e, Locale.SIMPLIFIED_CHINESE)).contains("timeLimitWorkingDays: 公开时限不能超过365个工作日");
  }
}

package io.github.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.ProactiveScope;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationRoute;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.EventKind;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.ThirdPartyPosition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every coded enum: codes unique, kebab-case, round-trip through ofCode; labels in both languages. */
class EnumCodesTest {

  record Spec<E>(
      E[] values,
      Function<E, String> code,
      Function<String, E> ofCode,
      BiFunction<E, Locale, String> label) {
    @Override
    public String toString() {
      return values[0].getClass().getSimpleName();
    }
  }

  static <E> Spec<E> spec(
      E[] values,
      Function<E, String> code,
      Function<String, E> ofCode,
      BiFunction<E, Locale, String> label) {
    return new Spec<>(values, code, ofCode, label);
  }

  static List<Spec<?>> codedEnums() {
    return List.of(
        spec(Channel.values(), Channel::getCode, Channel::ofCode, Channel::getLabel),
        spec(ApplicantType.values(), ApplicantType::getCode, ApplicantType::ofCode, ApplicantType::getLabel),
        spec(IdentityDocumentType.values(), IdentityDocumentType::getCode, IdentityDocumentType::ofCode, IdentityDocumentType::getLabel),
        spec(InformationForm.values(), InformationForm::getCode, InformationForm::ofCode, InformationForm::getLabel),
        spec(DeliveryMethod.values(), DeliveryMethod::getCode, DeliveryMethod::ofCode, DeliveryMethod::getLabel),
        spec(ThirdPartyPosition.values(), ThirdPartyPosition::getCode, ThirdPartyPosition::ofCode, ThirdPartyPosition::getLabel),
        spec(FeeMethod.values(), FeeMethod::getCode, FeeMethod::ofCode, FeeMethod::getLabel),
        spec(EventKind.values(), EventKind::getCode, EventKind::ofCode, EventKind::getLabel),
        spec(SecrecyLevel.values(), SecrecyLevel::getCode, SecrecyLevel::ofCode, SecrecyLevel::getLabel),
        spec(ThirdPartyInterestKind.values(), ThirdPartyInterestKind::getCode, ThirdPartyInterestKind::ofCode, ThirdPartyInterestKind::getLabel),
        spec(ConsentState.values(), ConsentState::getCode, ConsentState::ofCode, ConsentState::getLabel),
        spec(InternalAffairsKind.values(), InternalAffairsKind::getCode, InternalAffairsKind::ofCode, InternalAffairsKind::getLabel),
        spec(ProcessInformationKind.values(), ProcessInformationKind::getCode, ProcessInformationKind::ofCode, ProcessInformationKind::getLabel),
        spec(SpecialAccessRoute.values(), SpecialAccessRoute::getCode, SpecialAccessRoute::ofCode, SpecialAccessRoute::getLabel),
        spec(PublicationMedium.values(), PublicationMedium::getCode, PublicationMedium::ofCode, PublicationMedium::getLabel),
        spec(ProactiveScope.values(), ProactiveScope::getCode, ProactiveScope::ofCode, ProactiveScope::getLabel),
        spec(ProactiveCategory.values(), ProactiveCategory::getCode, ProactiveCategory::ofCode, ProactiveCategory::getLabel),
        spec(CaseResult.values(), CaseResult::getCode, CaseResult::ofCode, CaseResult::getLabel),
        spec(LitigationRoute.values(), LitigationRoute::getCode, LitigationRoute::ofCode, LitigationRoute::getLabel));
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  <E> void codes_are_unique_stable_and_round_trip(Spec<E> spec) {
    Set<String> codes = new HashSet<>();
    for (E e : spec.values()) {
      String code = spec.code().apply(e);
      assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(codes.add(code)).as("unique code %s", code).isTrue();
      assertThat(spec.ofCode().apply(code)).isSameAs(e);
      String zh = spec.label().apply(e, Locale.SIMPLIFIED_CHINESE);
      String en = spec.label().apply(e, Locale.ENGLISH);
      assertThat(zh).isNotBlank().isNotEqualTo(en);
      assertThat(en).isNotBlank().matches("[\\x20-\\x7E]+");
    }
  }

  private static <E> String firstCode(Spec<E> spec) {
    return spec.code().apply(spec.values()[0]);
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void unknown_and_null_codes_are_rejected_naming_the_valid_codes(Spec<?> spec) {
    assertThatThrownBy(() -> spec.ofCode().apply("no-such-code"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no-such-code")
        .hasMessageContaining("must be one of " + firstCode(spec));
    assertThatThrownBy(() -> spec.ofCode().apply(null)).isInstanceOf(InvalidValueException.class);
  }
}

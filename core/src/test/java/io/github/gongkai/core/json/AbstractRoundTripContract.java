package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.GongkaiArbitraries;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.InformationRequest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary valid objects survive JSON unchanged, through the codec of a binding. Moved unchanged
 * from core (it uses core's existing jqwik arbitraries); run by gongkai-jackson2 and
 * gongkai-jackson3.
 */
public abstract class AbstractRoundTripContract {

  /**
   * The codec under test.
   *
   * @return the codec
   */
  protected abstract DocumentCodec codec();

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
  Arbitrary<Applicant> applicants() {
    return GongkaiArbitraries.applicants();
  }

  @Property
  void requests_survive_json(@ForAll("requests") InformationRequest r) {
    String json = codec().write(r);
    assertThat(codec().read(json, InformationRequest.class)).isEqualTo(r);
  }

  @Property
  void items_survive_json(@ForAll("items") InformationItem item) {
    assertThat(codec().read(codec().write(item), InformationItem.class)).isEqualTo(item);
  }

  @Property
  void review_cases_survive_json(@ForAll("reviewCases") ReviewCase c) {
    assertThat(codec().read(codec().write(c), ReviewCase.class)).isEqualTo(c);
  }

  @Property
  void litigation_cases_survive_json(@ForAll("litigationCases") LitigationCase c) {
    assertThat(codec().read(codec().write(c), LitigationCase.class)).isEqualTo(c);
  }

  @Property
  void identity_numbers_never_appear_whole_in_toString(@ForAll("applicants") Applicant a) {
    if (a.getIdentityProof() != null) {
      assertThat(a.toString()).doesNotContain(a.getIdentityProof().getNumber());
    }
  }
}

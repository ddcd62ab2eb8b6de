package io.github.gongkai.core.json;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.GongkaiGens;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.InformationRequest;
import org.junit.jupiter.api.Test;

/** Arbitrary valid objects survive JSON unchanged. */
class JsonRoundTripTest {

  @Test
  void requests_survive_json() {
    qt().forAll(GongkaiGens.requests())
        .checkAssert(
            r -> assertThat(GongkaiJson.read(GongkaiJson.write(r), InformationRequest.class)).isEqualTo(r));
  }

  @Test
  void items_survive_json() {
    qt().forAll(GongkaiGens.items())
        .checkAssert(
            item ->
                assertThat(GongkaiJson.read(GongkaiJson.write(item), InformationItem.class)).isEqualTo(item));
  }

  @Test
  void review_cases_survive_json() {
    qt().forAll(GongkaiGens.reviewCases())
        .checkAssert(c -> assertThat(GongkaiJson.read(GongkaiJson.write(c), ReviewCase.class)).isEqualTo(c));
  }

  @Test
  void litigation_cases_survive_json() {
    qt().forAll(GongkaiGens.litigationCases())
        .checkAssert(
            c -> assertThat(GongkaiJson.read(GongkaiJson.write(c), LitigationCase.class)).isEqualTo(c));
  }

  @Test
  void identity_numbers_never_appear_whole_in_toString() {
    qt().forAll(GongkaiGens.applicants())
        .assuming(a -> a.getIdentityProof() != null)
        .checkAssert(a -> assertThat(a.toString()).doesNotContain(a.getIdentityProof().getNumber()));
  }
}

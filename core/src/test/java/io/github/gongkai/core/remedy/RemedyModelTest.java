package io.github.gongkai.core.remedy;

import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RemedyModelTest {

  @Test
  void result_is_pending_exactly_when_undecided() {
    assertThat(Fixtures.litigationCase().getResult()).isEqualTo(CaseResult.PENDING);
    assertThatThrownBy(
            () -> ReviewCase.builder().from(Fixtures.reviewCase()).decidedOn(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("result: must be pending when there is no decidedOn date - but was: corrected");
    assertThatThrownBy(
            () -> ReviewCase.builder().from(Fixtures.reviewCase()).result(CaseResult.PENDING).build())
        .hasMessageContaining("must not be pending when decidedOn is set (2024-07-20)");
  }

  @Test
  void decision_not_before_filing() {
    assertThatThrownBy(
            () -> ReviewCase.builder().from(Fixtures.reviewCase()).decidedOn(d("2024-05-31")).build())
        .hasMessage("decidedOn: must not be before filedOn 2024-06-01 - but was: 2024-05-31");
  }

  @Test
  void result_as_of_a_report_date() {
    ReviewCase c = Fixtures.reviewCase();
    assertThat(c.resultAsOf(d("2024-07-19"))).isEqualTo(CaseResult.PENDING);
    assertThat(c.resultAsOf(d("2024-07-20"))).isEqualTo(CaseResult.CORRECTED);
  }

  @Test
  void review_case_id_only_after_review() {
    assertThatThrownBy(
            () ->
                LitigationCase.builder()
                    .from(Fixtures.litigationCase())
                    .route(LitigationRoute.DIRECT)
                    .build())
        .hasMessageContaining("reviewCaseId");
    assertThat(Fixtures.litigationCase().getRoute().getLabelZh()).isEqualTo("复议后起诉");
  }
}

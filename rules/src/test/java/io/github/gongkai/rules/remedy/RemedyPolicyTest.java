package io.github.gongkai.rules.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The remedy notice: review first for a refusal answered from 2024-01-01 (《中华人民共和国行政复议法》(2023)
 * 第二十三条第一款第（四）项, 第九十条), both routes otherwise.
 */
class RemedyPolicyTest {

  private final RemedyPolicy policy = RemedyPolicy.defaults();

  @ParameterizedTest
  @CsvSource({
    // ground,                                   answered on, review first, cited (notation)
    "withheld-state-secret,                       2023-12-29, false, ARL-2017:9.1;ALL-2017:46.1",
    "withheld-state-secret,                       2024-01-01, true,  ARL-2023:20.1;ARL-2023:23.1(4);ALL-2017:45",
    "withheld-state-secret,                       2024-01-02, true,  ARL-2023:20.1;ARL-2023:23.1(4);ALL-2017:45",
    "withheld-third-party-rights,                 2024-01-02, true,  ARL-2023:20.1;ARL-2023:23.1(4);ALL-2017:45",
    "partially-released,                          2024-01-02, true,  ARL-2023:20.1;~ARL-2023:23.1(4);ALL-2017:45",
    "withheld-administrative-query,               2024-01-02, false, ARL-2023:20.1;ALL-2017:46.1",
    "cannot-provide-not-held,                     2024-01-02, false, ARL-2023:20.1;ALL-2017:46.1",
    "not-processed-repeated,                      2024-01-02, false, ARL-2023:20.1;ALL-2017:46.1",
    "released,                                    2024-01-02, false, ARL-2023:20.1;ALL-2017:46.1",
    "other-fee-not-paid,                          2023-12-31, false, ARL-2017:9.1;ALL-2017:46.1",
  })
  void noticeFollowsTheOutcomeAndTheLawInForce(
      String ground, LocalDate answeredOn, boolean reviewFirst, String cited) {
    RemedyNotice notice = policy.noticeFor(OutcomeGround.ofCode(ground), answeredOn);
    assertThat(notice.isReviewFirst()).isEqualTo(reviewFirst);
    assertThat(notice.getLegalBases()).extracting(LegalBasis::toNotation).containsExactly(cited.split(";"));
    assertThat(notice.getReviewPeriodDays()).isEqualTo(60);
    assertThat(notice.getLitigationPeriodMonths()).isEqualTo(reviewFirst ? 0 : 6);
    assertThat(notice.getSuitAfterReviewDays()).isEqualTo(15);
    assertThat(notice.isInterpretation()).isEqualTo(ground.equals("partially-released"));
  }

  @ParameterizedTest
  @EnumSource(OutcomeGround.class)
  void nothingIsReviewFirstBeforeTheLawTookEffect(OutcomeGround ground) {
    assertThat(policy.isReviewFirst(ground, LocalDate.of(2023, 12, 31))).isFalse();
    boolean refusal =
        ground.getCategory() == OutcomeCategory.WITHHELD
            && ground != OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY;
    assertThat(policy.isReviewFirst(ground, RemedyPolicy.REVIEW_FIRST_IN_FORCE))
        .isEqualTo(refusal || ground == OutcomeGround.PARTIALLY_RELEASED);
  }

  @Test
  void partialReleaseCanBeTakenOutOfReviewFirst() {
    RemedyPolicy strict =
        RemedyPolicy.builder()
            .reviewFirstGrounds(EnumSet.of(OutcomeGround.WITHHELD_STATE_SECRET))
            .interpretedGrounds(EnumSet.noneOf(OutcomeGround.class))
            .build();
    assertThat(strict.isReviewFirst(OutcomeGround.PARTIALLY_RELEASED, LocalDate.of(2024, 5, 6))).isFalse();
    assertThat(strict.isReviewFirst(OutcomeGround.WITHHELD_STATE_SECRET, LocalDate.of(2024, 5, 6))).isTrue();
  }

  @Test
  void interpretedGroundsMustBeReviewFirstGrounds() {
    assertThatThrownBy(
            () -> RemedyPolicy.builder()
                .reviewFirstGrounds(EnumSet.of(OutcomeGround.WITHHELD_STATE_SECRET))
                .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("interpretedGrounds");
  }

  @Test
  void citationsReadAsTheLawsAreCited() {
    RemedyNotice notice = policy.noticeFor(OutcomeGround.WITHHELD_STATE_SECRET, LocalDate.of(2024, 1, 2));
    assertThat(notice.getLegalBases()).extracting(LegalBasis::toChinese).containsExactly(
        "《中华人民共和国行政复议法》第二十条第一款",
        "《中华人民共和国行政复议法》第二十三条第一款第（四）项",
        "《中华人民共和国行政诉讼法》第四十五条");
  }
}

package io.github.gongkai.rules.remedy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an answer tells the applicant about review and lawsuit: whether review must come first, the
 * periods, and the provisions each rests on. Made by {@link RemedyPolicy#noticeFor}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemedyNotice.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRemedyNotice.class)
@JsonDeserialize(as = ImmutableRemedyNotice.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRemedyNotice.class)
@JsonPropertyOrder({
  "ground", "answeredOn", "reviewFirst", "interpretation", "reviewPeriodDays",
  "litigationPeriodMonths", "suitAfterReviewDays", "legalBases"
})
public abstract class RemedyNotice {
  RemedyNotice() {}

  /**
   * The answer's table 三 row.
   *
   * @return the ground
   */
  public abstract OutcomeGround getGround();

  /**
   * The day the answer was made, which decides the law in force.
   *
   * @return the date
   */
  public abstract LocalDate getAnsweredOn();

  /**
   * Whether the applicant must apply for review before suing (2023 law 第二十三条).
   *
   * @return true for review first
   */
  @JsonProperty("reviewFirst")
  public abstract boolean isReviewFirst();

  /**
   * Whether the review-first treatment rests on gongkai's interpretation (e.g. 部分公开).
   *
   * @return true when interpreted
   */
  @JsonProperty("interpretation")
  public abstract boolean isInterpretation();

  /**
   * Days to apply for review from knowing the act.
   *
   * @return 60
   */
  @Value.Derived
  public int getReviewPeriodDays() {
    return RemedyPolicy.REVIEW_PERIOD_DAYS;
  }

  /**
   * Months to sue directly; 0 when review must come first.
   *
   * @return 6, or 0 under review first
   */
  @Value.Derived
  public int getLitigationPeriodMonths() {
    return isReviewFirst() ? 0 : RemedyPolicy.LITIGATION_PERIOD_MONTHS;
  }

  /**
   * Days to sue after receiving the review decision.
   *
   * @return 15
   */
  @Value.Derived
  public int getSuitAfterReviewDays() {
    return RemedyPolicy.SUIT_AFTER_REVIEW_DAYS;
  }

  /**
   * The provisions the notice rests on: the review period, then review-first and the later suit,
   * or the direct suit.
   *
   * @return the bases
   */
  public abstract List<LegalBasis> getLegalBases();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemedyNotice}. */
  public static final class Builder extends ImmutableRemedyNotice.Builder {
    Builder() {}
  }
}

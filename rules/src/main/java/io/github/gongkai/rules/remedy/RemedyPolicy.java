package io.github.gongkai.rules.remedy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Which answers must go to administrative review before a lawsuit, and the remedy notice of an
 * answer.
 *
 * <p>The statute names one case: "申请政府信息公开，行政机关不予公开" (《中华人民共和国行政复议法》(2023)
 * 第二十三条第一款第（四）项), in force for acts from {@link #REVIEW_FIRST_IN_FORCE} (第九十条). It is decided
 * by the legal nature of the answer, not by the table 三 row: 行政查询事项 (第三十六条第（七）项) is filed
 * under 不予公开 in the annual report but is not a refusal. The default set is every 不予公开 ground
 * except 行政查询事项, plus 部分公开 for its withheld part — the latter is gongkai's interpretation
 * ({@link #getInterpretedGrounds()}); 无法提供, 不予处理 and 其他处理 keep both routes open. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RemedyPolicy {
  RemedyPolicy() {}

  /** The day the 2023 Administrative Review Law and its review-first rule took effect (第九十条). */
  public static final LocalDate REVIEW_FIRST_IN_FORCE = LocalDate.of(2024, 1, 1);

  /** Days to apply for administrative review (2023 law 第二十条第一款; 2017 law 第九条第一款). */
  public static final int REVIEW_PERIOD_DAYS = 60;

  /** Months to sue (《中华人民共和国行政诉讼法》第四十六条第一款). */
  public static final int LITIGATION_PERIOD_MONTHS = 6;

  /** Days to sue after the review decision is received (《中华人民共和国行政诉讼法》第四十五条). */
  public static final int SUIT_AFTER_REVIEW_DAYS = 15;

  private static final RemedyPolicy DEFAULTS = builder().build();

  /**
   * The answers that must go to review first when given on or after {@link
   * #REVIEW_FIRST_IN_FORCE}. Default: every ground of category 不予公开 except 行政查询事项, and 部分公开.
   *
   * @return the grounds
   */
  @Value.Default
  public Set<OutcomeGround> getReviewFirstGrounds() {
    Set<OutcomeGround> grounds = EnumSet.of(OutcomeGround.PARTIALLY_RELEASED);
    grounds.addAll(OutcomeGround.of(OutcomeCategory.WITHHELD));
    grounds.remove(OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY);
    return grounds;
  }

  /**
   * The grounds whose review-first treatment is gongkai's interpretation rather than the statute's
   * words. Default: 部分公开.
   *
   * @return the grounds
   */
  @Value.Default
  public Set<OutcomeGround> getInterpretedGrounds() {
    return EnumSet.of(OutcomeGround.PARTIALLY_RELEASED);
  }

  /**
   * The default policy.
   *
   * @return the policy
   */
  public static RemedyPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Whether an answer on {@code ground} given on {@code answeredOn} must go to review first.
   *
   * @param ground the answer's table 三 row
   * @param answeredOn the day the answer was made
   * @return true when review comes first
   */
  public boolean isReviewFirst(OutcomeGround ground, LocalDate answeredOn) {
    InvalidValueException.requireNonNull(ground, "ground");
    InvalidValueException.requireNonNull(answeredOn, "answeredOn");
    return !answeredOn.isBefore(REVIEW_FIRST_IN_FORCE) && getReviewFirstGrounds().contains(ground);
  }

  /**
   * The remedy notice of an answer.
   *
   * @param ground the answer's table 三 row
   * @param answeredOn the day the answer was made
   * @return the notice, with the provisions each of its statements rests on
   */
  public RemedyNotice noticeFor(OutcomeGround ground, LocalDate answeredOn) {
    boolean reviewFirst = isReviewFirst(ground, answeredOn);
    boolean newLaw = !answeredOn.isBefore(REVIEW_FIRST_IN_FORCE);
    List<LegalBasis> bases = new ArrayList<>();
    bases.add(newLaw ? law(answeredOn, LegalInstrument.ADMINISTRATIVE_REVIEW_LAW_2023, 20, 1)
        : law(answeredOn, LegalInstrument.ADMINISTRATIVE_REVIEW_LAW_2017, 9, 1));
    if (reviewFirst) {
      boolean interpreted = getInterpretedGrounds().contains(ground);
      bases.add(LegalBasis.builder().regime(Regime.forDate(answeredOn))
          .instrument(LegalInstrument.ADMINISTRATIVE_REVIEW_LAW_2023)
          .article(23).paragraph(1).item(4).interpretation(interpreted).build());
      // 第四十五条 has one paragraph
      bases.add(law(answeredOn, LegalInstrument.ADMINISTRATIVE_LITIGATION_LAW_2017, 45, null));
    } else {
      bases.add(law(answeredOn, LegalInstrument.ADMINISTRATIVE_LITIGATION_LAW_2017, 46, 1));
    }
    return RemedyNotice.builder()
        .ground(ground)
        .answeredOn(answeredOn)
        .reviewFirst(reviewFirst)
        .interpretation(reviewFirst && getInterpretedGrounds().contains(ground))
        .legalBases(bases)
        .build();
  }

  private static LegalBasis law(
      LocalDate answeredOn, LegalInstrument instrument, int article, @Nullable Integer paragraph) {
    return LegalBasis.builder().regime(Regime.forDate(answeredOn)).instrument(instrument).article(article)
        .paragraph(paragraph).build();
  }

  @Value.Check
  void check() {
    if (!getReviewFirstGrounds().containsAll(getInterpretedGrounds())) {
      throw new InvalidValueException("interpretedGrounds", getInterpretedGrounds().toString(),
          "must be a subset of reviewFirstGrounds");
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemedyPolicy}. */
  public static final class Builder extends ImmutableRemedyPolicy.Builder {
    Builder() {}
  }
}

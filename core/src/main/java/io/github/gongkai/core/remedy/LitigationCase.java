package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An administrative lawsuit (行政诉讼) about disclosure, brought directly or after administrative
 * review, counted in the matching litigation block of table 四.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}; the attributes and checks shared with
 * the other kind of case are those of {@link RemedyCase}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLitigationCase.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLitigationCase.class)
@JsonDeserialize(as = ImmutableLitigationCase.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLitigationCase.class)
@JsonPropertyOrder({
  "schemaVersion", "id", "agency", "requestId", "route", "reviewCaseId", "filedOn", "decidedOn", "result"
})
public abstract non-sealed class LitigationCase implements RemedyCase {
  LitigationCase() {}

  /**
   * Whether the suit was brought directly or after review.
   *
   * @return the route
   */
  public abstract LitigationRoute getRoute();

  /**
   * The id of the review case that preceded the suit; only for {@link LitigationRoute#AFTER_REVIEW}.
   *
   * @return the review case id, or null
   */
  public abstract @Nullable String getReviewCaseId();

  @Value.Check
  void check() {
    RemedyCaseChecks.check(this);
    if (getReviewCaseId() != null && getRoute() != LitigationRoute.AFTER_REVIEW) {
      throw new InvalidValueException(
          "reviewCaseId", getReviewCaseId(), "must only be set for a suit brought after review");
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

  /** Builds a {@link LitigationCase}. */
  public static final class Builder extends ImmutableLitigationCase.Builder {
    Builder() {}
  }
}

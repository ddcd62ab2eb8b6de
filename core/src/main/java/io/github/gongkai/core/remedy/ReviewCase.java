package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An administrative review case (行政复议) about disclosure (行政复议法 2023 Art.11(14)), counted in
 * the 行政复议 block of table 四.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}; the attributes and checks shared with
 * the other kind of case are those of {@link RemedyCase}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewCase.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReviewCase.class)
@JsonDeserialize(as = ImmutableReviewCase.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReviewCase.class)
@JsonPropertyOrder({
  "schemaVersion", "id", "agency", "requestId", "filedOn", "decidedOn", "result"
})
public abstract non-sealed class ReviewCase implements RemedyCase {
  ReviewCase() {}

  @Value.Check
  void check() {
    RemedyCaseChecks.check(this);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewCase}. */
  public static final class Builder extends ImmutableReviewCase.Builder {
    Builder() {}
  }
}

package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An administrative lawsuit (行政诉讼) about disclosure, brought directly or after administrative
 * review, counted in the matching litigation block of table 四.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder rejects a blank id, a
 * decision date before the filing date, and a result that disagrees with the decision date ({@link
 * CaseResult#PENDING} exactly when there is none).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLitigationCase.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLitigationCase.class)
@JsonDeserialize(as = ImmutableLitigationCase.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLitigationCase.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion", "id", "agency", "requestId", "route", "reviewCaseId", "filedOn", "decidedOn", "result"
})
public abstract non-sealed class LitigationCase implements RemedyCase {
  LitigationCase() {}

  /**
   * The JSON schema version; {@link SchemaVersion#CURRENT} unless read from an older document.
   *
   * @return the version
   */
  @Value.Default
  public int getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  /**
   * The case id, e.g. the case number.
   *
   * @return the id, not blank
   */
  @Override
  public abstract @NotBlank(message = "{gongkai.case.id.NotBlank}") String getId();

  /**
   * The agency whose disclosure decision or conduct is challenged (被申请人 / 被告).
   *
   * @return the agency's name
   */
  public abstract @NotBlank(message = "{gongkai.case.agency.NotBlank}") String getAgency();

  /**
   * The id of the disclosure request the case concerns, if it concerns one.
   *
   * @return the request id, or null
   */
  public abstract @Nullable String getRequestId();

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

  /**
   * The day the case was filed.
   *
   * @return the date
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getFiledOn();

  /**
   * The day the case was decided, or null while pending.
   *
   * @return the date, or null
   */
  @Override
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getDecidedOn();

  /**
   * The result; {@link CaseResult#PENDING} by default.
   *
   * @return the result
   */
  @Override
  @Value.Default
  public CaseResult getResult() {
    return CaseResult.PENDING;
  }

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    if (getId().isBlank()) {
      throw new InvalidValueException("id", getId(), "must not be blank");
    }
    LocalDate decided = getDecidedOn();
    if (decided != null && decided.isBefore(getFiledOn())) {
      throw new InvalidValueException(
          "decidedOn", decided.toString(), "must not be before filedOn " + getFiledOn());
    }
    if ((decided == null) != (getResult() == CaseResult.PENDING)) {
      throw new InvalidValueException(
          "result",
          getResult().getCode(),
          decided == null
              ? "must be pending when there is no decidedOn date"
              : "must not be pending when decidedOn is set (" + decided + ")");
    }
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

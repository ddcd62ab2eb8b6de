package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The agency asked the applicant to correct an unclear request (补正, 2019 Art.30), listing the
 * items to correct once and, optionally, the period given. The reply period restarts from receipt of
 * the corrected request ({@link Corrected}).
 *
 * <p>Its {@linkplain #getDate() date} is the day the correction notice was issued.
 *
 * <p>JSON type name {@code "correction-requested"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("correction-requested")
@JsonSerialize(as = ImmutableCorrectionRequested.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCorrectionRequested.class)
@JsonDeserialize(as = ImmutableCorrectionRequested.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCorrectionRequested.class)
@JsonPropertyOrder({"date", "items", "correctionDueDate", "note"})
public abstract non-sealed class CorrectionRequested implements RequestEvent {
  CorrectionRequested() {}

  /**
   * The items the applicant must correct (需要补正的事项), at least one.
   *
   * @return the value
   */
  public abstract @NotEmpty(message = "{gongkai.correctionRequested.items.NotEmpty}") List<@NotBlank(message = "{gongkai.correctionRequested.items.NotBlank}") String> getItems();

  /**
   * The last day of the correction period given to the applicant, or null if the notice set none.
   *
   * @return the value
   */
  public abstract @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate getCorrectionDueDate();

  @Value.Check
  void check() {
    if (getItems().isEmpty()) {
      throw new InvalidValueException("items", "[]", "must list at least one item to correct (Art.30)");
    }
    LocalDate due = getCorrectionDueDate();
    if (due != null && !due.isAfter(getDate())) {
      throw new InvalidValueException(
          "correctionDueDate", due.toString(), "must be after the notice date " + getDate());
    }
  }

  /**
   * A correction notice listing {@code items}.
   *
   * @param date the notice date; not null
   * @param items the items to correct; at least one
   * @return the event
   */
  public static CorrectionRequested of(LocalDate date, String... items) {
    return builder().date(date).addItems(items).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CorrectionRequested}. */
  public static final class Builder extends ImmutableCorrectionRequested.Builder {
    Builder() {}
  }
}

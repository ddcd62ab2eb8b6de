package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * For a request whose number or frequency clearly exceeds a reasonable range but whose reasons are
 * accepted, the agency set a later reasonable reply deadline and notified the applicant (2019 Art.35).
 *
 * <p>Its {@linkplain #getDate() date} is the day the later deadline was notified.
 *
 * <p>JSON type name {@code "art35-deadline-set"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("art35-deadline-set")
@JsonSerialize(as = ImmutableArt35DeadlineSet.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableArt35DeadlineSet.class)
@JsonDeserialize(as = ImmutableArt35DeadlineSet.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableArt35DeadlineSet.class)
@JsonPropertyOrder({"date", "dueDate", "reason", "note"})
public abstract non-sealed class Art35DeadlineSet implements RequestEvent {
  Art35DeadlineSet() {}

  /**
   * The reply deadline set.
   *
   * @return the value
   */
  public abstract @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate getDueDate();

  /**
   * Why the ordinary period cannot be met.
   *
   * @return the value
   */
  public abstract @NotBlank(message = "{gongkai.art35DeadlineSet.reason.NotBlank}") String getReason();

  @Value.Check
  void check() {
    if (!getDueDate().isAfter(getDate())) {
      throw new InvalidValueException(
          "dueDate", getDueDate().toString(), "must be after the notice date " + getDate());
    }
  }

  /**
   * An Art.35 deadline.
   *
   * @param date the day it was notified; not null
   * @param dueDate the deadline, after {@code date}
   * @param reason why; not null
   * @return the event
   */
  public static Art35DeadlineSet of(LocalDate date, LocalDate dueDate, String reason) {
    return builder().date(date).dueDate(dueDate).reason(reason).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Art35DeadlineSet}. */
  public static final class Builder extends ImmutableArt35DeadlineSet.Builder {
    Builder() {}
  }
}

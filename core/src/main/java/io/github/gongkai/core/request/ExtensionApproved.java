package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The head of the disclosure office approved an extension of the reply period and the applicant
 * was notified (2019 Art.33(2): at most 20 working days; 2008 Art.24: at most 15). The builder
 * accepts 1 to 20 working days; the stricter 2008 cap is the deadline rules' concern.
 *
 * <p>Its {@linkplain #getDate() date} is the day the extension was approved and notified to the
 * applicant.
 *
 * <p>JSON type name {@code "extension-approved"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("extension-approved")
@JsonSerialize(as = ImmutableExtensionApproved.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableExtensionApproved.class)
@JsonDeserialize(as = ImmutableExtensionApproved.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableExtensionApproved.class)
@JsonPropertyOrder({"date", "workingDays", "note"})
public abstract non-sealed class ExtensionApproved implements RequestEvent {
  ExtensionApproved() {}

  /**
   * The length of the extension in working days, 1 to 20.
   *
   * @return the value
   */
  public abstract @Min(value = 1, message = "{gongkai.extensionApproved.workingDays.Range}") @Max(value = 20, message = "{gongkai.extensionApproved.workingDays.Range}") int getWorkingDays();

  @Value.Check
  void check() {
    if (getWorkingDays() < 1 || getWorkingDays() > MAX_WORKING_DAYS) {
      throw new InvalidValueException(
          "workingDays",
          Integer.toString(getWorkingDays()),
          "must be 1 to 20 working days (Art.33(2))");
    }
  }

  /** The longest extension any regime allows: 20 working days (2019 Art.33(2)). */
  public static final int MAX_WORKING_DAYS = 20;

  /**
   * An extension.
   *
   * @param date the day it was approved and notified; not null
   * @param workingDays 1 to 20
   * @return the event
   */
  public static ExtensionApproved of(LocalDate date, int workingDays) {
    return builder().date(date).workingDays(workingDays).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExtensionApproved}. */
  public static final class Builder extends ImmutableExtensionApproved.Builder {
    Builder() {}
  }
}

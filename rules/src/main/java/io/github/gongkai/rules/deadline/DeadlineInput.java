package io.github.gongkai.rules.deadline;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one request that its reply deadline depends on.
 *
 * <p>Only {@link #getReceiptDate()} is required. Build with {@link #builder()} or {@link
 * #received(LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlineInput {
  DeadlineInput() {}

  /**
   * The receipt date established under 2019 Art.31 (or 207号 before 2019-05-15): for channels that
   * need confirmation, the confirmation date.
   *
   * @return the receipt date
   */
  public abstract LocalDate getReceiptDate();

  /**
   * The regime, when it should not follow the receipt date (2019-05-15 cut-over, {@link
   * Regime#forDate(LocalDate)}).
   *
   * @return the regime override, or null
   */
  public abstract @Nullable Regime getRegime();

  /**
   * The day a 补正 (correction) notice was sent, if any.
   *
   * @return the notice date, or null
   */
  public abstract @Nullable LocalDate getCorrectionNoticeDate();

  /**
   * The day the corrected request was received; the reply period restarts from it (2019 Art.30).
   *
   * @return the corrected receipt date, or null
   */
  public abstract @Nullable LocalDate getCorrectedReceiptDate();

  /**
   * Spans during which the clock stands still; may overlap.
   *
   * @return the pauses
   */
  public abstract List<Pause> getPauses();

  /**
   * Working days of extension granted, 0 for none; at most 20 (2019) or 15 (2008).
   *
   * @return the extension
   */
  @Value.Default
  public int getExtensionWorkingDays() {
    return 0;
  }

  /**
   * The day the extension was approved, if known; it must not be after the original due date.
   *
   * @return the approval date, or null
   */
  public abstract @Nullable LocalDate getExtensionApprovedOn();

  /**
   * A later reply date the agency set for an excessive request (2019 Art.35), if any.
   *
   * @return the date, or null
   */
  public abstract @Nullable LocalDate getArt35DueDate();

  @Value.Check
  void check() {
    if (getExtensionWorkingDays() < 0 || getExtensionWorkingDays() > 20) {
      throw new InvalidValueException(
          "extensionWorkingDays", Integer.toString(getExtensionWorkingDays()), "must be 0 to 20");
    }
    LocalDate corrected = getCorrectedReceiptDate();
    if (corrected != null && corrected.isBefore(getReceiptDate())) {
      throw new InvalidValueException(
          "correctedReceiptDate", corrected.toString(), "must not be before the receipt date " + getReceiptDate());
    }
    LocalDate notice = getCorrectionNoticeDate();
    if (notice != null && notice.isBefore(getReceiptDate())) {
      throw new InvalidValueException(
          "correctionNoticeDate", notice.toString(), "must not be before the receipt date " + getReceiptDate());
    }
    if (notice != null && corrected != null && corrected.isBefore(notice)) {
      throw new InvalidValueException(
          "correctedReceiptDate", corrected.toString(), "must not be before the correction notice " + notice);
    }
    LocalDate art35 = getArt35DueDate();
    if (art35 != null && !art35.isAfter(getReceiptDate())) {
      throw new InvalidValueException(
          "art35DueDate", art35.toString(), "must be after the receipt date " + getReceiptDate());
    }
  }

  /**
   * Input with just a receipt date.
   *
   * @param receiptDate the receipt date; not null
   * @return the input
   */
  public static DeadlineInput received(LocalDate receiptDate) {
    return builder().receiptDate(InvalidValueException.requireNonNull(receiptDate, "receiptDate")).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlineInput}. */
  public static final class Builder extends ImmutableDeadlineInput.Builder {
    Builder() {}
  }
}

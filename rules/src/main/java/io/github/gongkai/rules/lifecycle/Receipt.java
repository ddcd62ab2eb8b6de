package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.request.Channel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The receipt date of a request as the law establishes it for its channel, or the fact that it is
 * still awaiting confirmation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Receipt {
  Receipt() {}

  /**
   * The channel of submission.
   *
   * @return the channel
   */
  public abstract Channel getChannel();

  /**
   * The regime whose receipt rule applied.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The established receipt date, or null while awaiting confirmation.
   *
   * @return the date, or null
   */
  abstract @Nullable LocalDate getDate();

  /**
   * The established receipt date.
   *
   * @return the date, empty while awaiting confirmation
   */
  public Optional<LocalDate> getReceiptDate() {
    return Optional.ofNullable(getDate());
  }

  /**
   * Whether the receipt depends on a confirmation not yet made: no clock runs until then.
   *
   * @return true while awaiting confirmation
   */
  public boolean isAwaitingConfirmation() {
    return getDate() == null;
  }

  /**
   * The provision establishing the date.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  /**
   * The rule applied, in Chinese.
   *
   * @return the rule
   */
  public abstract String getRuleZh();

  /**
   * The rule applied, in English.
   *
   * @return the rule
   */
  public abstract String getRuleEn();
}

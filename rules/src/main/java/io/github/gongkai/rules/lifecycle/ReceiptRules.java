package io.github.gongkai.rules.lifecycle;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.request.Channel;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a request counts as received, by channel.
 *
 * <p>Under the 2019 Regulation (Art.31):
 *
 * <ul>
 *   <li>in person: the day it is handed in (item 1);
 *   <li>signed-for post: the day the agency signs for it (item 2);
 *   <li>ordinary letter: the office confirms with the applicant on the day the letter arrives; the
 *       confirmation date is the receipt date (item 2);
 *   <li>internet (online platform, e-mail) or the office's fax: the day both sides confirm (item
 *       3).
 * </ul>
 *
 * <p>Before 2019-05-15 the 2015 interpretation (国办公开办函〔2015〕207号, docs/legal-reference.md §4) applied: in
 * person, the submission day; post, the signing day; ordinary letter, the confirmation day; a
 * published e-mail address, the day the mail system receives it (no confirmation); fax, receipt
 * and mutual confirmation; other channels, mutual confirmation. Channel {@link Channel#OTHER}
 * follows the arrival day under both regimes, as the agency's own rule (207号) is not modelled
 * [U].
 *
 * <p>Stateless and thread-safe.
 */
public final class ReceiptRules {
  private ReceiptRules() {}

  /**
   * Establishes the receipt date.
   *
   * @param channel the channel; not null
   * @param regime the regime governing the request; not null
   * @param arrivedOn the day the request was handed in, signed for, or arrived; not null
   * @param confirmedOn the day the receipt was confirmed with the applicant, for the channels
   *     that need it; null if not (yet) confirmed
   * @return the receipt, possibly awaiting confirmation
   * @throws InvalidValueException if a value is missing or the confirmation precedes arrival
   */
  public static Receipt establish(
      Channel channel, Regime regime, LocalDate arrivedOn, @Nullable LocalDate confirmedOn) {
    InvalidValueException.requireNonNull(channel, "channel");
    InvalidValueException.requireNonNull(regime, "regime");
    InvalidValueException.requireNonNull(arrivedOn, "arrivedOn");
    if (confirmedOn != null && confirmedOn.isBefore(arrivedOn)) {
      throw new InvalidValueException(
          "confirmedOn", confirmedOn.toString(), "must not be before arrival on " + arrivedOn);
    }
    boolean confirm = needsConfirmation(channel, regime);
    LocalDate date = confirm ? confirmedOn : arrivedOn;
    ImmutableReceipt.Builder b =
        ImmutableReceipt.builder().channel(channel).regime(regime).date(date).legalBasis(basis(channel, regime));
    switch (channel) {
      case IN_PERSON:
        return b.ruleZh("当面提交的，以提交之日为收到申请之日").ruleEn("In person: the day it is handed in").build();
      case MAIL:
        return b.ruleZh("邮寄提交的，以行政机关签收之日为收到申请之日").ruleEn("Signed-for post: the day the agency signs for it").build();
      case ORDINARY_LETTER:
        return b.ruleZh("平常信函，收到申请当日与申请人确认，确认之日为收到申请之日")
            .ruleEn("Ordinary letter: confirmed with the applicant the day it arrives; the confirmation date")
            .build();
      case EMAIL:
        if (!confirm) {
          return b.ruleZh("通过公布的电子邮箱提交的，以电子邮件系统收到之日为收到申请之日（207号）")
              .ruleEn("Published e-mail address: the day the mail system receives it (207号)")
              .build();
        }
        return b.ruleZh("通过互联网渠道提交的，以双方确认之日为收到申请之日")
            .ruleEn("Internet: the day both sides confirm")
            .build();
      case ONLINE_PLATFORM:
        return b.ruleZh("通过互联网渠道提交的，以双方确认之日为收到申请之日").ruleEn("Internet: the day both sides confirm").build();
      case FAX:
        return b.ruleZh("通过传真提交的，以双方确认之日为收到申请之日").ruleEn("Fax: the day both sides confirm").build();
      default:
        return b.ruleZh("其他方式提交的，以收到之日为收到申请之日（机关自定规则未建模）")
            .ruleEn("Other channel: the day it arrives (the agency's own rule is not modelled)")
            .build();
    }
  }

  /**
   * Whether the channel's receipt date is a confirmation date under the regime: ordinary letter,
   * online platform, e-mail and fax under 2019 ({@link Channel#requiresConfirmation()}); the same
   * except e-mail before 2019-05-15, when 207号 dated e-mail by its arrival.
   *
   * @param channel the channel; not null
   * @param regime the regime; not null
   * @return true if a confirmation date is needed
   */
  public static boolean needsConfirmation(Channel channel, Regime regime) {
    if (regime == Regime.R2008 && channel == Channel.EMAIL) {
      return false;
    }
    return channel.requiresConfirmation();
  }

  private static LegalBasis basis(Channel channel, Regime regime) {
    if (regime == Regime.R2008) {
      return LegalBasis.builder().regime(Regime.R2008).instrument(LegalInstrument.TIME_LIMITS_2015).build();
    }
    switch (channel) {
      case IN_PERSON:
        return LegalBasis.ofItem(Regime.R2019, 31, 1);
      case MAIL:
      case ORDINARY_LETTER:
        return LegalBasis.ofItem(Regime.R2019, 31, 2);
      case ONLINE_PLATFORM:
      case EMAIL:
      case FAX:
        return LegalBasis.ofItem(Regime.R2019, 31, 3);
      default:
        return LegalBasis.builder().regime(Regime.R2019).instrument(LegalInstrument.REGULATION_2019).article(31).interpretation(true).build();
    }
  }
}

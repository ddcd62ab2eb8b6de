package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.money.Yuan;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The agency issued a notice of information-processing fee (2019 Art.42; 国办函〔2020〕109号): amount,
 * method (per item or per volume) and the quantity charged for (items or pages).
 *
 * <p>Its {@linkplain #getDate() date} is the day the notice was issued.
 *
 * <p>JSON type name {@code "fee-notice-issued"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("fee-notice-issued")
@JsonSerialize(as = ImmutableFeeNoticeIssued.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFeeNoticeIssued.class)
@JsonDeserialize(as = ImmutableFeeNoticeIssued.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFeeNoticeIssued.class)
@JsonPropertyOrder({"date", "amount", "method", "quantity", "note"})
public abstract non-sealed class FeeNoticeIssued implements RequestEvent {
  FeeNoticeIssued() {}

  /**
   * The amount due, more than zero.
   *
   * @return the value
   */
  public abstract Yuan getAmount();

  /**
   * How the amount was computed.
   *
   * @return the value
   */
  public abstract FeeMethod getMethod();

  /**
   * Items (per item) or pages (per volume) charged for, 1 or more.
   *
   * @return the value
   */
  public abstract @Positive(message = "{gongkai.feeNoticeIssued.quantity.Positive}") int getQuantity();

  @Value.Check
  void check() {
    if (getAmount().isZero()) {
      throw new InvalidValueException("amount", getAmount().toString(), "must be more than 0.00");
    }
    if (getQuantity() < 1) {
      throw new InvalidValueException("quantity", Integer.toString(getQuantity()), "must be 1 or more");
    }
  }

  /**
   * A fee notice.
   *
   * @param date the day it was issued; not null
   * @param amount the amount, more than zero; not null
   * @param method the method; not null
   * @param quantity items or pages, 1 or more
   * @return the event
   */
  public static FeeNoticeIssued of(LocalDate date, Yuan amount, FeeMethod method, int quantity) {
    return builder().date(date).amount(amount).method(method).quantity(quantity).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeNoticeIssued}. */
  public static final class Builder extends ImmutableFeeNoticeIssued.Builder {
    Builder() {}
  }
}

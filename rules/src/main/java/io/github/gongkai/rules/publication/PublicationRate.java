package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A rate with its numerator and denominator, e.g. the on-time publication rate (no instrument
 * defines it; gongkai's formula is documented where it is computed, docs/legal-reference.md §8C).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationRate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublicationRate.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"numerator", "denominator", "ratio"})
public abstract class PublicationRate {
  PublicationRate() {}

  /**
   * The count that met the test.
   *
   * @return the numerator, 0 to the denominator
   */
  public abstract int getNumerator();

  /**
   * The count tested.
   *
   * @return the denominator, 0 or more
   */
  public abstract int getDenominator();

  /**
   * Numerator ÷ denominator, rounded half-up to 4 decimal places (e.g. 0.9565 = 95.65 %).
   *
   * @return the ratio, or null when the denominator is 0
   */
  @Value.Derived
  public @Nullable BigDecimal getRatio() {
    return getDenominator() == 0
        ? null
        : BigDecimal.valueOf(getNumerator()).divide(BigDecimal.valueOf(getDenominator()), 4, RoundingMode.HALF_UP);
  }

  /**
   * A rate.
   *
   * @param numerator the numerator, 0 to {@code denominator}
   * @param denominator the denominator, 0 or more
   * @return the rate
   */
  public static PublicationRate of(int numerator, int denominator) {
    return ImmutablePublicationRate.builder().numerator(numerator).denominator(denominator).build();
  }

  @Value.Check
  void check() {
    if (getDenominator() < 0 || getNumerator() < 0 || getNumerator() > getDenominator()) {
      throw new InvalidValueException(
          "numerator", getNumerator() + "/" + getDenominator(), "must be 0 to the denominator, which is 0 or more");
    }
  }

  @Override
  public String toString() {
    return getNumerator() + "/" + getDenominator();
  }
}

package io.github.gongkai.rules.redact;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What to redact and how: the regime cited in the log, the mask per finding type, the mask of
 * caller spans without a type, the finding types applied and a minimum confidence. Immutable and
 * thread-safe.
 *
 * <p>Defaults (a gongkai policy choice, not a legal rule): regime 2019; resident IDs, mobile and
 * landline numbers and bank cards keep their first 3 and last 4 chars ({@code
 * 110***********1234}); names keep the surname's first char ({@code 张*}); e-mail addresses,
 * passport numbers and caller spans are masked in full. All personal finding types are applied
 * except {@link FindingType#SENSITIVE_KEYWORD}: a keyword such as 犯罪记录 marks a passage for review,
 * it is not itself the private information, so the reviewer supplies the span to withhold. Unified
 * social credit codes identify organisations and are public registration data, so they are not
 * applied either. Minimum confidence 0: every finding of an applied type is redacted.
 */
public final class RedactionPolicy {
  private static final RedactionPolicy STANDARD = builder().build();

  private final Regime regime;
  private final Map<FindingType, Mask> masks;
  private final Mask callerMask;
  private final Set<FindingType> types;
  private final double minConfidence;

  private RedactionPolicy(Builder b) {
    this.regime = b.regime;
    this.masks = Collections.unmodifiableMap(new EnumMap<>(b.masks));
    this.callerMask = b.callerMask;
    this.types = Collections.unmodifiableSet(EnumSet.copyOf(b.types.isEmpty() ? EnumSet.noneOf(FindingType.class) : b.types));
    this.minConfidence = b.minConfidence;
  }

  /**
   * The default policy.
   *
   * @return the standard policy
   */
  public static RedactionPolicy standard() {
    return STANDARD;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The regime whose articles the log cites.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return regime;
  }

  /**
   * The mask for a finding type.
   *
   * @param type the type; not null
   * @return the mask
   */
  public Mask maskFor(FindingType type) {
    InvalidValueException.requireNonNull(type, "type");
    Mask m = masks.get(type);
    return m == null ? Mask.full() : m;
  }

  /**
   * The mask for caller spans that have neither a type nor their own mask.
   *
   * @return the mask
   */
  public Mask getCallerMask() {
    return callerMask;
  }

  /**
   * The finding types that are redacted.
   *
   * @return the types, unmodifiable
   */
  public Set<FindingType> getTypes() {
    return types;
  }

  /**
   * Findings below this confidence are not redacted.
   *
   * @return the minimum confidence, in [0, 1]
   */
  public double getMinConfidence() {
    return minConfidence;
  }

  /** Builds a {@link RedactionPolicy}. Not thread-safe. */
  public static final class Builder {
    private Regime regime = Regime.R2019;
    private final Map<FindingType, Mask> masks = new EnumMap<>(FindingType.class);
    private Mask callerMask = Mask.full();
    private Set<FindingType> types = EnumSet.complementOf(
        EnumSet.of(FindingType.SENSITIVE_KEYWORD, FindingType.SOCIAL_CREDIT_CODE));
    private double minConfidence;

    Builder() {
      Mask keep = Mask.keep(3, 4);
      masks.put(FindingType.RESIDENT_ID, keep);
      masks.put(FindingType.RESIDENT_ID_LEGACY, keep);
      masks.put(FindingType.MOBILE, keep);
      masks.put(FindingType.LANDLINE, keep);
      masks.put(FindingType.BANK_CARD, keep);
      masks.put(FindingType.NAME, Mask.keep(1, 0));
    }

    /**
     * The regime whose articles the log cites.
     *
     * @param regime the regime; not null
     * @return this builder
     */
    public Builder regime(Regime regime) {
      this.regime = InvalidValueException.requireNonNull(regime, "regime");
      return this;
    }

    /**
     * The mask for a finding type.
     *
     * @param type the type; not null
     * @param mask the mask; not null
     * @return this builder
     */
    public Builder mask(FindingType type, Mask mask) {
      masks.put(
          InvalidValueException.requireNonNull(type, "type"),
          InvalidValueException.requireNonNull(mask, "mask"));
      return this;
    }

    /**
     * The same mask for every finding type and for caller spans.
     *
     * @param mask the mask; not null
     * @return this builder
     */
    public Builder maskAll(Mask mask) {
      InvalidValueException.requireNonNull(mask, "mask");
      for (FindingType t : FindingType.values()) {
        masks.put(t, mask);
      }
      callerMask = mask;
      return this;
    }

    /**
     * The mask for caller spans without a type or own mask.
     *
     * @param mask the mask; not null
     * @return this builder
     */
    public Builder callerMask(Mask mask) {
      this.callerMask = InvalidValueException.requireNonNull(mask, "mask");
      return this;
    }

    /**
     * The finding types to redact.
     *
     * @param types the types; not null
     * @return this builder
     */
    public Builder types(Set<FindingType> types) {
      InvalidValueException.requireNonNull(types, "types");
      this.types = types.isEmpty() ? EnumSet.noneOf(FindingType.class) : EnumSet.copyOf(types);
      return this;
    }

    /**
     * Findings below this confidence are not redacted.
     *
     * @param minConfidence in [0, 1]
     * @return this builder
     * @throws InvalidValueException if out of range
     */
    public Builder minConfidence(double minConfidence) {
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new InvalidValueException("minConfidence", Double.toString(minConfidence), "must be in [0, 1]");
      }
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RedactionPolicy build() {
      return new RedactionPolicy(this);
    }
  }
}

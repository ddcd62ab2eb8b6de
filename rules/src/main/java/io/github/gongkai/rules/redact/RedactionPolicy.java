package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

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
@Value.Immutable
@GongkaiStyle
public abstract class RedactionPolicy {
  private static final RedactionPolicy DEFAULTS = builder().build();

  RedactionPolicy() {}

  /**
   * The default policy described above.
   *
   * @return the default policy
   */
  public static RedactionPolicy defaults() {
    return DEFAULTS;
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
  public abstract Regime getRegime();

  /**
   * The masks set per finding type; a type without one is masked in full ({@link
   * #maskFor(FindingType)}).
   *
   * @return the masks, unmodifiable
   */
  public abstract Map<FindingType, Mask> getMasks();

  /**
   * The mask for a finding type.
   *
   * @param type the type; not null
   * @return the mask
   */
  public Mask maskFor(FindingType type) {
    InvalidValueException.requireNonNull(type, "type");
    Mask m = getMasks().get(type);
    return m == null ? Mask.full() : m;
  }

  /**
   * The mask for caller spans that have neither a type nor their own mask.
   *
   * @return the mask
   */
  public abstract Mask getCallerMask();

  /**
   * The finding types that are redacted.
   *
   * @return the types, unmodifiable
   */
  public abstract Set<FindingType> getTypes();

  /**
   * Findings below this confidence are not redacted.
   *
   * @return the minimum confidence, in [0, 1]
   */
  public abstract double getMinConfidence();

  @Value.Check
  void check() {
    double minConfidence = getMinConfidence();
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new InvalidValueException(
          "minConfidence", Double.toString(minConfidence), "must be in [0, 1]");
    }
  }

  /** Builds a {@link RedactionPolicy}, starting from the defaults. Not thread-safe. */
  public static final class Builder extends ImmutableRedactionPolicy.Builder {
    Builder() {
      Mask keep = Mask.keep(3, 4);
      regime(Regime.R2019);
      putMasks(FindingType.RESIDENT_ID, keep);
      putMasks(FindingType.RESIDENT_ID_LEGACY, keep);
      putMasks(FindingType.MOBILE, keep);
      putMasks(FindingType.LANDLINE, keep);
      putMasks(FindingType.BANK_CARD, keep);
      putMasks(FindingType.NAME, Mask.keep(1, 0));
      callerMask(Mask.full());
      types(EnumSet.complementOf(EnumSet.of(FindingType.SENSITIVE_KEYWORD, FindingType.SOCIAL_CREDIT_CODE)));
      minConfidence(0);
    }

    /**
     * The mask for a finding type, replacing its default.
     *
     * @param type the type; not null
     * @param mask the mask; not null
     * @return this builder
     */
    public Builder mask(FindingType type, Mask mask) {
      return putMasks(
          InvalidValueException.requireNonNull(type, "type"),
          InvalidValueException.requireNonNull(mask, "mask"));
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
        putMasks(t, mask);
      }
      return callerMask(mask);
    }
  }
}

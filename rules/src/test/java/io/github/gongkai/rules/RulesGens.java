package io.github.gongkai.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/** QuickTheories generators shared by the property tests of the rules. */
public final class RulesGens {
  private RulesGens() {}

  private static final LocalDate BASE = LocalDate.of(2008, 6, 1);
  private static final int SPAN = (int) (LocalDate.of(2025, 12, 1).toEpochDay() - BASE.toEpochDay());

  /** Receipt dates 2008-06-01..2025-12-01, inside the official calendar with room for a deadline. */
  public static Gen<LocalDate> receipts() {
    return integers().between(0, SPAN).map(i -> BASE.plusDays(i));
  }

  /** A pause as {offset from receipt in days, length in days}: offset -5..50, length 0..20. */
  public static Gen<int[]> pauseOffset() {
    return integers().between(-5, 50).zip(integers().between(0, 20), (off, len) -> new int[] {off, len});
  }

  /** Up to {@code max} pauses, at least {@code min}. */
  public static Gen<List<int[]>> pauseOffsets(int min, int max) {
    return lists().of(pauseOffset()).ofSizeBetween(min, max);
  }

  public static Gen<List<int[]>> pauseOffsets() {
    return pauseOffsets(0, 4);
  }

  /** {@code gen} or, {@code percentNull} % of the time, {@code null}. */
  public static <T> Gen<@Nullable T> orNull(Gen<T> gen, int percentNull) {
    return gen.toOptionals(percentNull).map(o -> o.orElse(null));
  }
}

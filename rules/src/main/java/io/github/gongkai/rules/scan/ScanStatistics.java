package io.github.gongkai.rules.scan;

import io.github.gongkai.core.GongkaiStyle;
import org.immutables.value.Value;

/**
 * Work done by one scan: chars read from the input, extra char inspections made while examining
 * candidates (lookahead and lookbehind), and findings reported. The scanner's work is linear: the
 * inspections are bounded by a constant times the chars. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class ScanStatistics {
  ScanStatistics() {}

  static ScanStatistics of(long chars, long inspections, long findings) {
    return ImmutableScanStatistics.builder()
        .chars(chars)
        .candidateInspections(inspections)
        .findings(findings)
        .build();
  }

  /**
   * Chars read from the input.
   *
   * @return the count
   */
  public abstract long getChars();

  /**
   * Char inspections made while examining candidates, beyond the one pass over the input.
   *
   * @return the count
   */
  public abstract long getCandidateInspections();

  /**
   * Findings reported.
   *
   * @return the count
   */
  public abstract long getFindings();

  @Override
  public String toString() {
    return "ScanStatistics{chars=" + getChars() + ", inspections=" + getCandidateInspections()
        + ", findings=" + getFindings() + "}";
  }
}
